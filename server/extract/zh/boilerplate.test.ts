import { describe, expect, it } from "vitest";
import { isBoilerplateLine } from "./boilerplate.ts";

describe("boilerplate lines", () => {
  it.each([
    "当前位置：首页 > 学校新闻 > 综合新闻",
    "您的位置：首页 >> 校园要闻",
    "首页 > 新闻中心 > 公司新闻",
    "伊川高级技师学院  |  首页  |  学院概况  |  新闻中心",
    "发布时间：2025-03-22　　来源：渭城理工学院新闻网　　作者：李明　　浏览次数：356",
    "2025-05-06 来源：党委宣传部 点击：1698",
    "（责任编辑：张华 审核：赵磊）",
    "分享到：微信 微博 QQ空间",
    "版权所有 © 渭城理工学院　地址：陕西省咸阳市渭城区学府路1号",
    "上一篇：学校召开就业工作推进会",
    "2025",
    "",
  ])("%s", (line) => expect(isBoilerplateLine(line)).toBe(true));

  it.each([
    "我校与陕西秦越智能装备有限公司共建校外实践教学基地",
    "3月20日，我校机械工程学院院长任晓东一行赴陕西秦越智能装备有限公司举行签约仪式。",
    "根据协议，秦越公司每年接收学生30余名。",
  ])("keeps %s", (line) => expect(isBoilerplateLine(line)).toBe(false));
});
