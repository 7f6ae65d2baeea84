import { describe, expect, it } from "vitest";
import { findOrgMentions } from "./org-mentions.ts";

const mentions = (text: string) => findOrgMentions(text, 0, text.length).map((m) => `${m.role}:${m.name}`);

describe("organisation names and their roles", () => {
  it("gives roles by suffix", () => {
    expect(mentions("西安理工大学、营山县人民政府和内蒙古瑞达化工集团有限公司")).toEqual([
      "institution:西安理工大学",
      "government:营山县人民政府",
      "enterprise:内蒙古瑞达化工集团有限公司",
    ]);
  });

  it("takes the university, not its school (包头工业大学化工学院)", () => {
    expect(mentions("包头工业大学化工学院院长白杰来访")).toEqual(["institution:包头工业大学"]);
    // 材科学院 ends like 科学院 but is a school (材科 + 学院); 选择 before a name is a verb, not part of it.
    expect(mentions("企业选择包头工业大学材科学院开展合作")).toEqual(["institution:包头工业大学"]);
  });

  it("reads a school named for a discipline in 学 (药学院, 临床医学院) as part of its college", () => {
    expect(mentions("滨州医学院药学院与临床医学院")).toEqual(["institution:滨州医学院"]);
    // 滨州医学院 itself is a college: its stem has a place, not a discipline.
    expect(mentions("滨州医学院")).toEqual(["institution:滨州医学院"]);
  });

  it("reads a zone's management committee as a government body, the zone being its place", () => {
    expect(mentions("江西科技师范大学与赣江新区管委会、苏州工业园区管理委员会")).toEqual([
      "institution:江西科技师范大学",
      "government:赣江新区管委会",
      "government:苏州工业园区管理委员会",
    ]);
  });

  it("knows a vocational college's schools by their trades (轨道交通学院, 物流学院, 学前教育学院)", () => {
    expect(mentions("安徽城市管理职业学院轨道交通学院与物流学院、学前教育学院")).toEqual(["institution:安徽城市管理职业学院"]);
  });

  it("reads secondary schools: a vocational one by its suffix, any other after a place", () => {
    expect(mentions("湖北理工学院与洪洞县职业中学、临汾市第一中学签约，在中学阶段")).toEqual(["institution:湖北理工学院", "institution:洪洞县职业中学", "institution:临汾市第一中学"]);
  });

  it("reads schools after a place (萍乡市工业学校), federations of industry and commerce, and no vocational education group", () => {
    expect(mentions("萍乡市工业学校、番禺区新造职业技术学校与萍乡市工商联加入江苏商贸职业教育集团、滁州职教集团")).toEqual([
      "institution:萍乡市工业学校",
      "institution:番禺区新造职业技术学校",
      "enterprise:萍乡市工商联",
    ]);
  });

  it("keeps the second name of two merged institutions in brackets", () => {
    expect(mentions("东昌府区人民政府与齐鲁工业大学（山东省科学院）")).toEqual(["government:东昌府区人民政府", "institution:齐鲁工业大学（山东省科学院）"]);
  });

  it("drops schools of a university named alone and agreement objects ending in 学院", () => {
    expect(mentions("我校机械工程学院与未来技术学院共建人工智能现代产业学院")).toEqual([]);
  });

  it("keeps an independent college and an institute of the academy whole", () => {
    expect(mentions("西安交通大学城市学院与中国科学院西安光学精密机械研究所")).toEqual([
      "institution:西安交通大学城市学院",
      "institution:中国科学院西安光学精密机械研究所",
    ]);
  });

  it("requires a place before a weak suffix (局, 厅, 厂)", () => {
    expect(mentions("形成新格局，参观大厅，学生进厂实习")).toEqual([]);
    expect(mentions("伊川县人力资源和社会保障局和洛阳伊滨轴承厂")).toEqual(["government:伊川县人力资源和社会保障局", "enterprise:洛阳伊滨轴承厂"]);
  });

  it("reads a government after its place's Party committee as that place's, and 市政府 alone by its level", () => {
    expect(mentions("宝鸡市委、市政府高度重视，汉中市委市政府也出席；市政府与西北工业大学签约")).toEqual([
      "government:宝鸡市政府",
      "government:汉中市政府",
      "government:市政府",
      "institution:西北工业大学",
    ]);
    expect(findOrgMentions("宝鸡市委、市政府", 0, 8)[0]).toMatchObject({ kind: "full", regionPrefix: "宝鸡市", start: 5, end: 8 });
    expect(findOrgMentions("市政府", 0, 3)[0]).toMatchObject({ kind: "short", regionPrefix: "" });
  });

  it("reads a government's office (政府办公室, 人民政府办公厅) as a government body", () => {
    expect(mentions("宝鸡市政府办公室副主任和陕西省人民政府办公厅的同志")).toEqual(["government:宝鸡市政府办公室", "government:陕西省人民政府办公厅"]);
  });

  it("spreads a place over the departments listed after one named with it", () => {
    expect(mentions("陕西省教育厅、科技厅和工信厅负责人，县教育局、农业农村局、卫健委")).toEqual([
      "government:陕西省教育厅",
      "government:陕西省科技厅",
      "government:陕西省工信厅",
      "government:县教育局",
      "government:县农业农村局",
      "government:县卫健委",
    ]);
    // Only directly after a department with its place: a list of other words gains nothing.
    expect(mentions("参观了展厅、大厅和食堂")).toEqual([]);
  });

  it("marks a bare brand with 公司/集团 as short", () => {
    const [m] = findOrgMentions("王建华介绍了秦越公司的情况", 0, 14);
    expect(m).toMatchObject({ name: "秦越公司", kind: "short" });
  });

  it("keeps a campus in brackets and reads a company's own institute as the company", () => {
    expect(mentions("中国石油大学（华东）与胜利油田技术服务公司钻井技术研究所")).toEqual(["institution:中国石油大学（华东）", "enterprise:胜利油田技术服务公司"]);
  });

  it("reads a group's legal name whole and a bank's branch whole", () => {
    expect(mentions("学院已与金川集团股份有限公司、中国工商银行股份有限公司陕西省分行合作")).toEqual([
      "enterprise:金川集团股份有限公司",
      "enterprise:中国工商银行股份有限公司陕西省分行",
    ]);
  });

  it("stops at a standalone 公司 and does not read through 为 to an empty stem", () => {
    expect(mentions("根据协议，公司每年为学院提供实习岗位")).toEqual([]);
  });

  it("reads a group written before its company, the company's name opening with its place, as two", () => {
    expect(mentions("平安集团陕西平安物流有限公司总经理来校")).toEqual(["enterprise:平安集团", "enterprise:陕西平安物流有限公司"]);
    // Not when the place is the company's whole name before its legal form, nor in the group's own legal name.
    expect(mentions("学校与中国建筑集团北京有限公司签约")).toEqual(["enterprise:中国建筑集团北京有限公司"]);
    expect(mentions("陕西建工集团有限公司")).toEqual(["enterprise:陕西建工集团有限公司"]);
  });

  it("reads a place named like an everyday word (长安, 平安) alone before 集团 as the group's brand", () => {
    expect(mentions("长安集团向我院捐赠实训车辆")).toEqual(["enterprise:长安集团"]);
    expect(mentions("宝鸡集团向我院捐赠实训车辆")).toEqual([]);
  });

  it("ignores kinds of schools and reads a school after 原 (former) without it", () => {
    expect(mentions("学校发挥一流名校和综合大学优势，与重点大学合作")).toEqual([]);
    expect(mentions("原同济大学校长出席")).toEqual(["institution:同济大学"]);
    // 原平 is a place.
    expect(mentions("原平市人民政府出席")).toEqual(["government:原平市人民政府"]);
  });

  it("starts an organisation after a person named after a title and 和 or 与", () => {
    expect(mentions("副院长王化中和宝鸡客车控股有限公司总经理助理出席")).toEqual(["enterprise:宝鸡客车控股有限公司"]);
    expect(mentions("宝鸡中和电子有限公司总经理出席")).toEqual(["enterprise:宝鸡中和电子有限公司"]);
  });

  it("ignores counts and kinds of companies", () => {
    expect(mentions("与36家企业和两家公司、上市公司及子公司合作")).toEqual([]);
  });
});
