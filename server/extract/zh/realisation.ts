/**
 * Whether a sentence reports an agreement made, or only one discussed, hoped for or planned.
 * A mark of a real agreement (签约, 签署, 签订, 揭牌, 授牌, 挂牌, 成立, 启动, 加入; and, weaker,
 * 共建) counts unless its clause plans or hopes (拟, 将, 计划, 希望, 争取), discusses (就…进行
 * 交流, 探讨) or uses it as a pretext (以共建…为契机), or a hope earlier in the sentence governs it
 * (a plan governs the clause after its own; a hope, every clause of the list it opens).
 */

export interface Mark {
  text: string;
  index: number;
  strong: boolean;
  realised: boolean;
  /** 签约, 签署, 签订: an agreement was signed (the only marks that make an untyped "other"). */
  signing: boolean;
}

const strongMarks = ["签约", "签署", "签订", "签定", "签字", "缔结", "签下", "揭牌", "授牌", "授予", "挂牌", "揭幕", "成立", "启动", "加入", "落户", "开班", "正式组建"];
const weakMarks = ["共建", "组建", "建立", "设立", "开设", "启用", "共同建设", "联合建设"];
const signing = new Set(["签约", "签署", "签订", "签定", "签字", "缔结", "签下"]);

const planWords = /(拟|将|计划|希望|期望|期待|盼望|有望|意向|探讨|商讨|洽谈|磋商|争取|力争|准备|打算|筹建|筹划|建议|愿意|愿|今后|下一步|下阶段|即将|可能|考虑|研讨|探索|谋划)/;
// Firm plans and hopes, which also govern the clause after theirs: 希望双方，以…, 计划明年，在…共建.
const governingHope = /(希望|期望|期待|盼望|计划|拟|争取|力争|打算|准备|建议)/g;
// Plans that leave a type word out of what was agreed; a bare 将 (根据协议，双方将共建…) does not.
const firmPlan = /(拟|计划|希望|期望|期待|盼望|有望|意向|探讨|商讨|洽谈|磋商|争取|力争|准备|打算|筹建|筹划|建议|今后|下一步|下阶段|即将|考虑|研讨|探索|谋划)/;
const discussion = /(就|围绕|针对).{0,60}?(交流|探讨|座谈|磋商|沟通|研讨|讨论|商谈|洽谈|对接|协商|交换意见|进行了|提出|设想|构想|意见|建议|共识)/;
const pretext = /以.{0,30}?为(契机|载体|抓手|纽带|起点|新起点|依托|平台)/g;
const negation = /(未|尚未|没有|暂未|不再)/;

const clauseBreak = /[，,：:；;]/;

function clauseAround(sentence: string, index: number): [number, number] {
  let start = index;
  while (start > 0 && !clauseBreak.test(sentence[start - 1]!)) start--;
  let end = index;
  while (end < sentence.length && !clauseBreak.test(sentence[end]!)) end++;
  return [start, end];
}

// Words that open a clause telling of something else than the hope before it: 随后双方签署….
const newAction = /^(随后|会上|会后|仪式上|现场|最后|接着|之后|此后|当天|同日|期间|其间|活动中|座谈会上)/;

/**
 * Where the reach of a hope or plan at `index` ends. A plan governs its own clause and the one
 * after it (计划明年，在…共建); a hope (希望, 期待) governs every clause of the list it opens
 * (希望双方推进…，加强…，共同建立联合创新中心), up to a clause that turns to what happened (随后…).
 */
function governedEnd(sentence: string, index: number, word: string): number {
  const [, clauseEnd] = clauseAround(sentence, index);
  if (!/^(希望|期望|期待|盼望)$/.test(word)) return clauseAround(sentence, Math.min(sentence.length, clauseEnd + 1))[1];
  let end = clauseEnd;
  while (end < sentence.length && !newAction.test(sentence.slice(end + 1))) end = clauseAround(sentence, end + 1)[1];
  return end;
}

/** True when the word at `index` sits in a clause that plans, hopes, discusses or negates. */
export function isUnrealisedAt(sentence: string, index: number, length: number): boolean {
  const [start, end] = clauseAround(sentence, index);
  const clause = sentence.slice(start, end);
  const before = sentence.slice(start, index);
  if (planWords.test(before) || /(将于|拟于|计划于|定于|即将)/.test(clause)) return true;
  if (negation.test(before)) return true;
  // 出席签约仪式, 参加揭牌仪式: who attended, not who signed.
  if (/(出席|参加|见证|主持|列席|观摩)[^，,；;]{0,3}$/.test(before)) return true;
  if (discussion.test(clause)) return true;
  pretext.lastIndex = 0;
  for (let m = pretext.exec(sentence); m; m = pretext.exec(sentence)) {
    if (index >= m.index && index + length <= m.index + m[0].length) return true;
  }
  return false;
}

/** Every mark in the sentence (names already masked), with whether it reports a thing done. */
export function findMarks(sentence: string): Mark[] {
  const marks: Mark[] = [];
  const all = [...strongMarks.map((text) => ({ text, strong: true })), ...weakMarks.map((text) => ({ text, strong: false }))].sort((a, b) => b.text.length - a.text.length);
  for (let at = 0; at < sentence.length; ) {
    const mark = all.find((m) => sentence.startsWith(m.text, at));
    if (!mark) {
      at++;
      continue;
    }
    marks.push({ text: mark.text, index: at, strong: mark.strong, signing: signing.has(mark.text), realised: !isUnrealisedAt(sentence, at, mark.text.length) });
    at += mark.text.length;
  }
  // “课程共定、师资共建”: a word inside quotation marks is part of a slogan or a name, not a thing done.
  for (const quoted of sentence.matchAll(/[“"「『][^”"」』]{1,40}[”"」』]/g)) {
    for (const mark of marks) if (mark.index > quoted.index && mark.index < quoted.index + quoted[0].length) mark.realised = false;
  }
  governingHope.lastIndex = 0;
  for (let m = governingHope.exec(sentence); m; m = governingHope.exec(sentence)) {
    const end = governedEnd(sentence, m.index, m[0]);
    for (const mark of marks) if (mark.index > m.index && mark.index < end) mark.realised = false;
  }
  return marks;
}

/**
 * True when an agreement word (实习基地, 订单班) in this clause names something agreed, not
 * something discussed, hoped for or planned (双方还就开设冠名班进行了探讨).
 */
export function isAgreedWordAt(sentence: string, index: number, length: number): boolean {
  const [start, end] = clauseAround(sentence, index);
  const clause = sentence.slice(start, end);
  if (firmPlan.test(sentence.slice(start, index)) || discussion.test(clause) || negation.test(sentence.slice(start, index))) return false;
  pretext.lastIndex = 0;
  for (let m = pretext.exec(sentence); m; m = pretext.exec(sentence)) {
    if (index >= m.index && index + length <= m.index + m[0].length) return false;
  }
  governingHope.lastIndex = 0;
  for (let m = governingHope.exec(sentence); m; m = governingHope.exec(sentence)) {
    if (index > m.index && index < governedEnd(sentence, m.index, m[0])) return false;
  }
  return true;
}

/** True when the clause says what will be done (双方将联合培养…), not what was done. */
export function isFutureAt(sentence: string, index: number): boolean {
  const [start] = clauseAround(sentence, index);
  return /(将|还将|今后|未来)/.test(sentence.slice(start, index));
}

export { clauseAround };
