import type { OrgEntity, PlacedMention } from "./organizations.ts";
import type { Sentence } from "./sentences.ts";

/** One clause of a sentence in which the same subject acts with a partner of its own. */
export interface PartnerClause {
  /** Where the clause starts and ends in the sentence (its 与 to the next clause's). */
  start: number;
  end: number;
  /** The bodies named between its 与 and its verb: usually one, a list when 与A、B签订. */
  partners: OrgEntity[];
}

// Words that may stand between a clause's separator (or the subject) and its 与: 并与, 同时与, 还分别与.
const linking = /^(并|同时|随后|此外|另外|还|又|也|亦|分别|先后|共同|正式)*$/;

/**
 * "我校与A签订校企合作协议，与B签订实习基地协议，并与C共建产业学院": one subject acting in turn
 * with several partners, each clause with its own partner and its own kind of agreement. Returns
 * the subject and the clauses when the sentence has two or more such clauses, each opened by 与
 * (同, 和) right before a name and after a separator (the first after the subject itself); null
 * otherwise, and for a list of partners in one clause (与A、B分别签订), which is one clause.
 * The subject is the body named right before the first 与, or `writer` when the sentence leaves it
 * out ("…，与A签订…，与B共建…").
 */
export function partnerClauses(maskedText: string, sentence: Sentence, own: readonly PlacedMention[], writer: OrgEntity | undefined): { subject: OrgEntity; clauses: PartnerClause[] } | null {
  const placed = [...own].sort((a, b) => a.start - b.start).map((m) => ({ entity: m.entity, start: m.start - sentence.start, end: m.end - sentence.start }));
  const openings: { at: number; partnerIndex: number; subject?: OrgEntity }[] = [];
  placed.forEach((mention, index) => {
    const at = mention.start - 1;
    if (at < 0 || !/[与同和]/.test(maskedText[at]!)) return;
    // What comes before the 与: a separator or the subject's name, with only linking words between.
    const previous = placed[index - 1];
    if (previous && previous.end <= at && linking.test(maskedText.slice(previous.end, at))) {
      openings.push({ at, partnerIndex: index, subject: previous.entity });
    } else if (separatorBefore(maskedText, at)) {
      openings.push({ at, partnerIndex: index });
    }
  });
  if (openings.length < 2) return null;
  // The first clause opens right after its subject; every later one after a separator.
  const [first, ...rest] = openings;
  if (rest.some((o) => o.subject !== undefined && !separatorBefore(maskedText, o.at))) return null;
  const subject = first!.subject ?? writer;
  if (!subject) return null;
  const clauses = openings.map((opening, i) => {
    const end = i + 1 < openings.length ? openings[i + 1]!.at : maskedText.length;
    // The partners: the first name, and names joined to it by 、 or 和 (与A、B签订).
    const partners: OrgEntity[] = [placed[opening.partnerIndex]!.entity];
    for (let j = opening.partnerIndex + 1; j < placed.length && placed[j]!.start < end; j++) {
      if (!/^[、和及]$/.test(maskedText.slice(placed[j - 1]!.end, placed[j]!.start))) break;
      partners.push(placed[j]!.entity);
    }
    return { start: opening.at, end, partners: [...new Set(partners)].filter((p) => p !== subject) };
  });
  if (clauses.some((c) => c.partners.length === 0)) return null;
  return { subject, clauses };
}

/** Whether a separator (with linking words only) stands right before position `at`. */
function separatorBefore(maskedText: string, at: number): boolean {
  const before = maskedText.slice(0, at);
  const lastSeparator = before.search(/[，,；;、][^，,；;、]*$/);
  return lastSeparator !== -1 && linking.test(before.slice(lastSeparator + 1));
}
