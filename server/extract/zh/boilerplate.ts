/**
 * Lines of a Chinese web page that are not the article: navigation (当前位置：首页 > 新闻),
 * header fields (来源、作者、编辑、审核、发布时间、浏览次数), share bars (分享到), copyright
 * footers (版权所有), previous/next links. The extractor takes no organisation, agreement or
 * event date from them; it reads the writer and the dateline from a few of them.
 */

const navigationStart = /^\s*(当前位置|您的位置|你的位置|您现在的位置|所在位置|当前页面|位置)\s*[:：]/;
const headerField =
  /(来源|文章来源|信息来源|作者|撰稿|撰文|供稿|供稿单位|摄影|图片|图文|编辑|责任编辑|责编|编审|审核|审稿|审校|校对|初审|复审|终审|发布时间|发布日期|发布者|发布人|发稿时间|更新时间|浏览次数|浏览量|浏览|点击数|点击量|点击|阅读量|阅读次数|阅读|访问量|字号|通讯员)\s*[:：]/g;
const footerMarks =
  /(版权所有|版权归|Copyright|©|ICP备|ICP证|备案号|公网安备|技术支持[:：]|联系电话[:：]|电话[:：]|传真[:：]|邮编[:：]|地址[:：]|联系我们|网站地图|设为首页|加入收藏|All Rights Reserved)/i;
const shareAndLinks =
  /^\s*[【[(（]?\s*(分享到|分享至|扫一扫|打印本页|打印|关闭窗口|关闭本页|返回顶部|返回列表|上一篇|下一篇|上一条|下一条|相关新闻|相关阅读|相关链接|推荐阅读|热点新闻|热门文章|字体[:：]|【字体|责任编辑|编辑[:：])/;
const navigationSeparators = /\s*(?:>>|>|»|→|\||＞|›)\s*/;
const dateOnly = /^[\s\d\-—/.年月日:：]+$/;

/** True when the whole line is page furniture rather than article text. */
export function isBoilerplateLine(line: string): boolean {
  const text = line.trim();
  if (text === "") return true;
  if (dateOnly.test(text)) return true;
  if (navigationStart.test(text)) return true;
  if (/^(时间|日期)\s*[:：]/.test(text)) return true;
  if (shareAndLinks.test(text)) return true;
  if (footerMarks.test(text)) return true;
  if ((text.match(headerField) ?? []).length >= 1 && !/[。！？]$/.test(text) && text.length < 120) return true;
  // Bracketed editor/author notes standing alone: （责任编辑：张华 审核：赵磊）, （通讯员 李明）
  if (/^[（(【[].{0,40}[）)】\]]$/.test(text) && /(编辑|审核|通讯员|供稿|作者|摄影|记者|来源)/.test(text)) return true;
  // Breadcrumbs without a label: 首页 > 新闻中心 > 公司新闻, 学院 | 首页 | 新闻中心
  const parts = text.split(navigationSeparators).filter((part) => part !== "");
  if (parts.length >= 3 && parts.every((part) => part.length <= 14) && !/[。！？，]/.test(text)) return true;
  if (parts.length >= 2 && /首页/.test(text) && parts.every((part) => part.length <= 14)) return true;
  // Link bars: 微信 微博 QQ空间; very short lines without any sentence punctuation and no Han word of substance.
  if (/^(微信|微博|QQ空间|QQ|TAG|标签|关键词)[\s:：]/i.test(text)) return true;
  return false;
}

/** Header and footer lines that name the article's source: 来源：X, 供稿单位：X, 版权所有：X. */
export function isSourceLine(line: string): boolean {
  return /(来源|供稿单位|发布单位|主办单位|版权所有|Copyright|©)/i.test(line);
}
