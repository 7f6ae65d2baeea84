import type { AgreementType, ExtractedAgreement } from "../types.ts";
import { findAgreementWords, genericAgreement, type AgreementWord } from "./agreement-types.ts";
import { findFigures, type Figures } from "./figures.ts";
import { nameStart } from "./name-boundary.ts";
import { isSchoolName, type OrgEntity, type PlacedMention } from "./organizations.ts";
import { partnerClauses } from "./partner-clauses.ts";
import { clauseAround, findMarks, isAgreedWordAt, isFutureAt, type Mark } from "./realisation.ts";
import type { Sentence } from "./sentences.ts";

/**
 * Agreements reported in the article: a sentence with an agreement word (实习基地, 订单班,
 * 战略合作协议…) and a mark of a thing done (签约, 揭牌, 成立…), or a signed agreement of no
 * named kind (校企合作协议 → other). Parties are the organisations the sentence names, less
 * witnesses (出席, 见证, 指导); 双方 takes the pair the text was just talking about; 分别 splits a
 * signing with several partners into one agreement each.
 */

export interface AgreementContext {
  text: string;
  sentences: Sentence[];
  mentions: PlacedMention[];
  /** Date of the event each sentence reports, by sentence index (event-dates.ts). */
  dates: (string | undefined)[];
  writer?: OrgEntity;
}

const witnessAfter = /(出席|见证|列席|观摩|陪同|莅临|主持|致辞|讲话|指导|支持下|应邀参加)/;
// "常州市人民政府副市长刘宁为共同体揭牌": a guest unveils, unless the parties do it together (共同为…揭牌).
const guestUnveils = /^[^，,；;]{0,15}?(?<!共同)为[^，,；;]{0,25}(揭牌|授牌)/;
const attendedCeremony = /(出席|参加|参与|见证|观摩)了?[^，,。；;]{0,24}?(仪式|活动|大会)/g;
const hostBefore = /(在|由)$/;
const hostAfter = /^[^，,；;]*?(主办|承办|协办|指导|支持)/;
// 校企共建“X学院”成立: "school and enterprise" stand for the pair as 双方 does.
const bothSides = /(双方|三方|两方|多方|各方|二者|两家|校企双方|校地双方|政校双方|共同为|共同签署|共同签订|共同揭牌|校企(?=共建|合作共建|共同|联合|携手)|校地(?=共建|合作共建|共同|联合|携手))/;
const accordingTo = /^(根据|按照|依据|依照)(协议|约定|合作协议|框架协议)/;

interface SentenceParties {
  entities: OrgEntity[];
  /** Parties that are not witnesses: what 双方 in a later sentence may refer to. */
  acting: OrgEntity[];
  named: number;
}

/** A copy of the sentence with names replaced by ＊, so their words (未来技术学院) are not read as verbs or agreement words. */
function masked(sentence: Sentence, mentions: PlacedMention[]): string {
  const chars = sentence.text.split("");
  for (const m of mentions) {
    if (m.kind === "reference") continue;
    for (let i = Math.max(0, m.start - sentence.start); i < Math.min(chars.length, m.end - sentence.start); i++) chars[i] = "＊";
  }
  return chars.join("");
}

function partiesOf(sentence: Sentence, own: PlacedMention[], maskedText: string): SentenceParties {
  const isWitness = (m: PlacedMention) => {
    const at = m.start - sentence.start;
    const end = m.end - sentence.start;
    const [clauseStart, clauseEnd] = clauseAround(maskedText, at);
    const after = maskedText.slice(end, clauseEnd);
    const before = maskedText.slice(clauseStart, at);
    // "签约仪式在X隆重举行": where the ceremony was held, not who signed.
    // So is a room of it: 揭牌仪式在青县人民政府会议室举行.
    const venue = /在$/.test(before) && /^([^，,。；;]{0,6}?(会议室|报告厅|礼堂|会堂|大厅|会议中心|多功能厅|会客厅|接待室))?(隆重|正式|顺利|成功)?(举行|举办|召开|进行)/.test(after);
    // A witness word is the mention's own when it comes before the next name and before the signing:
    // in "厅长出席我校与X签约仪式并讲话" the 出席 is the department's, the 讲话 nobody's of the two.
    const nextName = own.map((o) => o.start - sentence.start).filter((at) => at >= end).sort((a, b) => a - b)[0] ?? clauseEnd;
    const ownWords = after.slice(0, Math.max(0, nextName - end)).split(/签约|签署|签订|仪式|揭牌|授牌/)[0]!;
    return witnessAfter.test(ownWords) || guestUnveils.test(after) || venue || (hostBefore.test(before) && hostAfter.test(maskedText.slice(end)));
  };
  const unique = (list: PlacedMention[]) => [...new Set(list.map((m) => m.entity))];
  // Witnesses are left out while at least two acting parties remain ("X、Y领导出席签约仪式" has only them).
  const acting = unique(own.filter((m) => !isWitness(m)));
  const entities = acting.length >= 2 ? acting : unique(own);
  const named = new Set(own.filter((m) => m.kind !== "reference" && entities.includes(m.entity)).map((m) => m.entity)).size;
  return { entities, acting, named };
}

function titleFor(sentence: Sentence, text: string, wordIndex: number, word: string): string | undefined {
  for (const quoted of sentence.text.matchAll(/[“"《「『]([^”"》」』]{2,40})[”"》」』]/g)) {
    if (quoted[1]!.includes(word)) return quoted[1];
  }
  const wordStart = sentence.start + wordIndex;
  const start = nameStart(text, wordStart, wordStart + word.length, sentence.start, false);
  if (start === undefined || start === wordStart) return undefined;
  return text.slice(start, wordStart + word.length);
}

const refersBack = /(此次|本次|这次|该)[^，,。；;：:]{0,12}$/;

export function findAgreements(context: AgreementContext): ExtractedAgreement[] {
  const { text, sentences } = context;
  const bySentence = new Map<Sentence, PlacedMention[]>();
  for (const m of context.mentions) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
  const maskedOf = new Map(sentences.map((s) => [s, masked(s, bySentence.get(s) ?? [])]));
  const partiesBySentence = sentences.map((s) => partiesOf(s, bySentence.get(s) ?? [], maskedOf.get(s)!));
  const reportsSigning = sentences.map((s) => findMarks(maskedOf.get(s)!).some((m) => m.realised && m.strong));

  const found: ExtractedAgreement[] = [];
  const firstBody = sentences.findIndex((s) => (bySentence.get(s) ?? []).length > 0 || findMarks(maskedOf.get(s)!).length > 0);
  sentences.forEach((sentence, i) => {
    const maskedText = maskedOf.get(sentence)!;
    const marks = findMarks(maskedText).filter((m) => m.realised);
    if (marks.length === 0) return;
    // "…局长宋志红等参加了教学医院签约揭牌仪式": a sentence whose only signing is the ceremony people
    // attended reports who came, not who signed; the sentence that reports the signing names the parties.
    // (出席我校与X战略合作签约仪式 names the parties in the ceremony's own name: that one counts.)
    const attended = [...maskedText.matchAll(attendedCeremony)].filter((m) => !/[与和同]/.test(m[0])).map((m): [number, number] => [m.index, m.index + m[0].length]);
    if (attended.length > 0 && marks.every((m) => attended.some(([from, to]) => m.index >= from && m.index < to))) return;
    const agreed = findAgreementWords(maskedText).filter((w) => isAgreedWordAt(maskedText, w.index, w.text.length));
    // What the parties agreed now (签约订单班) before what they will do under it (双方将联合培养…).
    const now = agreed.filter((w) => !isFutureAt(maskedText, w.index));
    const words = now.length > 0 ? now : agreed;
    // 我校与A签订…协议，与B签订…协议，并与C共建…: each clause its own partner and its own kind.
    const byClause = clauseAgreements(maskedText, sentence, bySentence.get(sentence) ?? [], context.writer, marks, words);
    if (byClause.length > 0) {
      const date = context.dates[i];
      const figures = figuresFrom(sentences, i, reportsSigning);
      for (const { type, group, strong, word } of byClause) {
        const title = word ? titleFor(sentence, text, word.index, word.text) : undefined;
        const confidence = 0.45 + (strong ? 0.2 : 0.05) + (type !== "other" ? 0.15 : 0) + 0.15;
        found.push(reported(sentence, type, group, confidence, { date, title, figures }));
      }
      return;
    }
    let types = [...new Set(words.map((w) => w.type))];
    if (types.length === 0) {
      // Signed, with nothing more said: 签订校企合作协议, 代表双方签约; not 签约仪式前 (a time).
      const signed = genericAgreement.test(maskedText) || /签约(?!仪式[前后]|前|后)/.test(maskedText);
      if (!marks.some((m) => m.signing) || !signed) return;
      // 签署合作协议。根据协议，双方共建实习基地…: the next sentence says what was agreed.
      const next = sentences[i + 1];
      const nextWords = next && next.paragraph === sentence.paragraph && accordingTo.test(next.text) ? findAgreementWords(maskedOf.get(next)!) : [];
      types = nextWords.length > 0 ? [...new Set(nextWords.map((w) => w.type))] : ["other"];
    }

    const own = bySentence.get(sentence) ?? [];
    const { named } = partiesBySentence[i]!;
    let { entities } = partiesBySentence[i]!;
    // "…，副校长王云为永济市教育局和学校代表授牌，…": where the clause that signs names two parties, others elsewhere in the sentence are not.
    const signingMark = marks.find((m) => m.strong);
    if (signingMark && entities.length > 2) {
      const [clauseStart, clauseEnd] = clauseAround(maskedText, signingMark.index);
      const inClause = [...new Set(own.filter((m) => m.start - sentence.start >= clauseStart && m.start - sentence.start < clauseEnd && entities.includes(m.entity)).map((m) => m.entity))];
      if (inClause.length >= 2) entities = inClause;
    }
    let fromContext = false;
    const sides = bothSides.exec(maskedText);
    const [sidesStart, sidesEnd] = sides ? clauseAround(maskedText, sides.index) : [0, 0];
    const inSidesClause = (at: number) => at >= sidesStart && at < sidesEnd;
    // Bodies named in 双方's own clause; one named in another clause is not a third side ("双方签订了协议，副校长为永济市教育局授牌").
    const besideSides = entities.filter((e) => own.some((m) => m.entity === e && inSidesClause(m.start - sentence.start)));
    // "双方签订了…协议，副校长为X授牌，向Y赠送…": the clause that signs says 双方 and names no two parties of its own.
    const sidesSign = signingMark !== undefined && inSidesClause(signingMark.index);
    if (sides && (entities.length < 2 || (sidesSign && besideSides.length < 2))) {
      // The last pair that acted; failing that, the last pair named at all ("X院长、Y董事长出席签约仪式。仪式上，双方签订…").
      const earlier = [...partiesBySentence.slice(Math.max(0, i - 6), i)].reverse();
      // Failing those, the pair the article opened with (its headline or lead), however far back.
      const opening = partiesBySentence.slice(0, Math.max(0, i - 6)).find((p) => p.acting.length === 2)?.acting;
      // A lead that opens with the signing ("12月31日，校企共建…成立暨签约仪式举行") names the pair in the sentences after it.
      const lead = i === firstBody ? partiesBySentence.slice(i + 1, i + 3).find((p) => p.entities.length >= 2)?.entities : undefined;
      const pair = earlier.find((p) => p.acting.length >= 2)?.acting ?? earlier.find((p) => p.entities.length >= 2)?.entities ?? opening ?? lead;
      if (pair) {
        entities = [...new Set([...besideSides, ...pair])];
        fromContext = true;
      }
    }
    // "与X签约" with the subject left out: the writer signed.
    if (entities.length === 1 && context.writer && context.writer !== entities[0]) {
      const first = own.find((m) => m.entity === entities[0]);
      if (first && /[与同和]$/.test(maskedText.slice(0, first.start - sentence.start)) && !own.some((m) => m.start < first.start && m.entity !== entities[0])) {
        entities = [context.writer, ...entities];
        fromContext = true;
      }
    }
    // A school's own news names its partners and leaves itself out ("一行前往X、Y举行实习基地授牌仪式"):
    // where no party of the writer's kind acts, the writer is the one.
    const writer = context.writer;
    // (A hospital or research institute is an institution but not a school: 医学院在X医院举行实习医院签约仪式 is the writer's.)
    const ofWritersKind = (e: OrgEntity) => e.role === writer?.role && (writer.role !== "institution" || isSchoolName(e.name));
    if (writer && entities.length >= 1 && !entities.includes(writer) && !entities.some(ofWritersKind)) {
      entities = [writer, ...entities];
      fromContext = true;
    }

    const date = context.dates[i];
    const figures = figuresFrom(sentences, i, reportsSigning);
    const strong = marks.some((m) => m.strong);
    for (const type of types) {
      let parties = entities;
      // "A与B签订合作协议，校方为C授“就业基地”牌": with several kinds in one sentence, each takes the parties of its own clause.
      const typeWord = words.find((w) => w.type === type);
      // 此次东航乘务订单班的设立…: "this" class is the one already reported, not another.
      if (typeWord && refersBack.test(maskedText.slice(0, typeWord.index)) && found.some((f) => f.type === type)) continue;
      if (typeWord && types.length > 1 && type !== "alliance") {
        const [clauseStart, clauseEnd] = clauseAround(maskedText, typeWord.index);
        const local = [...new Set(own.filter((m) => m.start - sentence.start >= clauseStart && m.start - sentence.start < clauseEnd && entities.includes(m.entity)).map((m) => m.entity))];
        const inClauseOnly = [...new Set(own.filter((m) => m.start - sentence.start >= clauseStart && m.start - sentence.start < clauseEnd).map((m) => m.entity))];
        if (local.length >= 2) parties = local;
        else if (inClauseOnly.length === 1 && writer && inClauseOnly[0] !== writer && !ofWritersKind(inClauseOnly[0]!)) parties = [writer, inClauseOnly[0]!];
      }
      // An alliance's members are those acting in the sentence; a guest who unveils it is none.
      if (type === "alliance") parties = [...new Set([...partiesBySentence[i]!.acting, ...allianceMembers(sentences, i, bySentence)])];
      const groups = type === "alliance" ? [parties] : splitBilateral(type, splitSeparately(maskedText, sentence, own, parties));
      for (const group of groups) {
        if (group.length < (type === "alliance" ? 1 : 2)) continue;
        // Industry–education agreements: companies (or offices) among themselves are out of scope, and
        // 双方 read from the context as two schools is more likely a visiting school and the host.
        const roles = new Set(group.map((e) => e.role));
        const schools = group.filter((e) => isSchoolName(e.name)).length;
        if (type !== "alliance" && roles.size === 1 && (!roles.has("institution") || (fromContext && schools === group.length))) continue;
        const word = words.find((w) => w.type === type);
        const title = word ? titleFor(sentence, text, word.index, word.text) : undefined;
        let confidence = 0.45 + (strong ? 0.2 : 0.05) + (type !== "other" && word ? 0.15 : 0) + (named >= Math.min(2, group.length) ? 0.15 : 0) - (fromContext ? 0.1 : 0);
        if (own.some((m) => m.kind === "reference" && group.includes(m.entity))) confidence -= 0.05;
        found.push(reported(sentence, type, group, confidence, { date, title, figures }));
      }
    }
  });
  return mergeAgreements(found);
}

/** An agreement the sentence reports, with its confidence rounded and kept between 0.2 and 0.95. */
function reported(
  sentence: Sentence,
  type: AgreementType,
  group: OrgEntity[],
  confidence: number,
  found: { date?: string; title?: string; figures: ExtractedAgreement["figures"] },
): ExtractedAgreement {
  return {
    type,
    parties: group.map((e) => e.name),
    ...(found.date ? { date: found.date } : {}),
    ...(found.title ? { title: found.title } : {}),
    figures: found.figures,
    evidence: { quote: sentence.text, offset: sentence.start },
    confidence: Math.round(Math.min(0.95, Math.max(0.2, confidence)) * 100) / 100,
  };
}

/**
 * The agreements of a sentence in which one subject acts with a partner per clause
 * (partner-clauses.ts): each clause's kinds (its own agreement words; a signed agreement of no
 * named kind is `other`) with the subject and that clause's partners. A clause with no verb of its
 * own (与A、与B分别签订…) shares the next clause's. None when the sentence is not so built.
 */
function clauseAgreements(maskedText: string, sentence: Sentence, own: PlacedMention[], writer: OrgEntity | undefined, marks: Mark[], words: AgreementWord[]): { type: AgreementType; group: OrgEntity[]; strong: boolean; word?: AgreementWord }[] {
  const built = partnerClauses(maskedText, sentence, own, writer);
  if (!built) return [];
  const { subject, clauses } = built;
  const inClause = (clause: { start: number; end: number }, index: number) => index >= clause.start && index < clause.end;
  const kinds = clauses.map((clause) => {
    const clauseMarks = marks.filter((m) => inClause(clause, m.index));
    const clauseWords = words.filter((w) => inClause(clause, w.index));
    const clauseText = maskedText.slice(clause.start, clause.end);
    const types: AgreementType[] = [...new Set(clauseWords.map((w) => w.type))];
    if (types.length === 0 && clauseMarks.some((m) => m.signing) && (genericAgreement.test(clauseText) || /签约/.test(clauseText))) types.push("other");
    return { clause, types, strong: clauseMarks.some((m) => m.strong), hasMark: clauseMarks.length > 0, words: clauseWords };
  });
  for (let k = kinds.length - 2; k >= 0; k--) {
    if (!kinds[k]!.hasMark && kinds[k]!.types.length === 0) kinds[k] = { ...kinds[k + 1]!, clause: kinds[k]!.clause };
  }
  const found: { type: AgreementType; group: OrgEntity[]; strong: boolean; word?: AgreementWord }[] = [];
  for (const { clause, types, strong, words: clauseWords } of kinds) {
    for (const type of types) {
      for (const group of splitBilateral(type, [[subject, ...clause.partners]])) {
        // Companies (or offices) among themselves make no industry–education agreement.
        const roles = new Set(group.map((e) => e.role));
        if (type !== "alliance" && roles.size === 1 && !roles.has("institution")) continue;
        found.push({ type, group, strong, word: clauseWords.find((w) => w.type === type) });
      }
    }
  }
  return found;
}

/**
 * "A与B、C分别签订…", "A与B、C举行签约仪式，…与各高校负责人分别签署": one agreement of A with
 * each of B and C. (分别代表双方 is two people signing one agreement.)
 */
/** Each company hosts its own base, class or workstation: one school with several companies is one agreement per company. */
const bilateralTypes = new Set<AgreementType>(["internship_base", "practice_base", "order_class", "professor_workstation"]);

function splitBilateral(type: AgreementType, groups: OrgEntity[][]): OrgEntity[][] {
  if (!bilateralTypes.has(type)) return groups;
  return groups.flatMap((group) => {
    const schools = group.filter((e) => e.role === "institution");
    const others = group.filter((e) => e.role !== "institution");
    return schools.length === 1 && others.length >= 2 ? others.map((other) => [schools[0]!, other]) : [group];
  });
}

function splitSeparately(maskedText: string, sentence: Sentence, own: PlacedMention[], parties: OrgEntity[]): OrgEntity[][] {
  // 分别, or a school signing with a list of companies at once (与A、B、C等12家企业签订, 集中签约).
  const separately = maskedText.search(/分别(?!代表)|等\d+家|等多家|等[一二三四五六七八九十]+家|集中签约/);
  if (separately === -1) return [parties];
  const at = (m: PlacedMention) => m.start - sentence.start;
  const first = own.filter((m) => parties.includes(m.entity)).sort((a, b) => a.start - b.start)[0];
  if (!first) return [parties];
  const withAt = maskedText.slice(at(first)).search(/[与同和]/) + at(first);
  if (withAt < at(first)) return [parties];
  const subjects = [...new Set(own.filter((m) => at(m) < withAt && parties.includes(m.entity)).map((m) => m.entity))];
  const objects = [...new Set(own.filter((m) => at(m) > withAt && parties.includes(m.entity)).map((m) => m.entity))].filter((e) => !subjects.includes(e));
  if (subjects.length !== 1 || objects.length < 2) return [parties];
  if (!/分别/.test(maskedText) && new Set(objects.map((o) => o.role)).size > 1) return [parties];
  return objects.map((object) => [subjects[0]!, object]);
}

/** 联盟由A、B、C等23家单位组成: members named in the sentences right after a founding. */
function allianceMembers(sentences: Sentence[], i: number, bySentence: Map<Sentence, PlacedMention[]>): OrgEntity[] {
  const members: OrgEntity[] = [];
  for (const next of sentences.slice(i + 1, i + 3)) {
    if (!/^(该?联盟|该?联合体|该?共同体|该?职教集团|成员单位|首批成员)/.test(next.text) && !/(由.*(组成|构成|发起|共同发起)|成员单位包括|成员包括)/.test(next.text)) break;
    for (const m of bySentence.get(next) ?? []) if (!members.includes(m.entity)) members.push(m.entity);
  }
  return members;
}

/** Figures of the agreement's sentence and of the paragraph's sentences after it, up to the next agreement. */
function figuresFrom(sentences: Sentence[], i: number, reportsSigning: boolean[]): ExtractedAgreement["figures"] {
  const figures: Figures = findFigures(sentences[i]!.text);
  for (let j = i + 1; j < sentences.length && sentences[j]!.paragraph === sentences[i]!.paragraph && !reportsSigning[j]; j++) {
    const more = findFigures(sentences[j]!.text);
    for (const key of ["students", "positions", "enterprises"] as const) if (figures[key] === undefined && more[key] !== undefined) figures[key] = more[key];
  }
  return figures;
}

/** One agreement per type and set of parties; a signed "other" whose parties signed a named kind too is that one. */
function mergeAgreements(found: ExtractedAgreement[]): ExtractedAgreement[] {
  const byKey = new Map<string, ExtractedAgreement>();
  for (const agreement of found) {
    const key = `${agreement.type}|${[...agreement.parties].sort().join("|")}`;
    const known = byKey.get(key);
    if (!known) {
      byKey.set(key, { ...agreement, figures: { ...agreement.figures } });
      continue;
    }
    if (!known.date && agreement.date) known.date = agreement.date;
    if (!known.title && agreement.title) known.title = agreement.title;
    for (const k of ["students", "positions", "enterprises"] as const) if (known.figures[k] === undefined && agreement.figures[k] !== undefined) known.figures[k] = agreement.figures[k];
    if (agreement.confidence > known.confidence) {
      known.evidence = agreement.evidence;
      known.confidence = agreement.confidence;
    }
  }
  // The title (我院与X共建产业学院) and the body (学院、X、市人社局三方签署) tell of one agreement.
  const within = (a: ExtractedAgreement, b: ExtractedAgreement) => a !== b && a.parties.length < b.parties.length && a.parties.every((p) => b.parties.includes(p));
  const merged = [...byKey.values()].filter((a) => {
    const larger = [...byKey.values()].find((b) => b.type === a.type && within(a, b) && (!a.date || a.date === b.date));
    if (!larger) return true;
    if (!larger.title && a.title) larger.title = a.title;
    return false;
  });
  // 联合培养 said of an order class's parties is how the class trains its students, not a second agreement.
  const covered = (a: ExtractedAgreement, kinds: (b: ExtractedAgreement) => boolean) => merged.some((b) => kinds(b) && a.parties.every((p) => b.parties.includes(p)));
  return merged.filter((a) => {
    if (a.type === "other") return !covered(a, (b) => b.type !== "other");
    if (a.type === "talent_training") return !covered(a, (b) => b.type === "order_class");
    return true;
  });
}
