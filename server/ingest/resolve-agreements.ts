import { namedQuery, type Database } from "../db/index.ts";
import { formatOrigin, type RecordOf, type RecordSet } from "../model/index.ts";
import { message, type Message } from "./messages/index.ts";

type AgreementRecord = RecordOf<"agreements">;

/** An agreement already in the graph, with what resolution compares and what it may fill in. */
export interface KnownAgreement {
  id: string;
  type: string;
  parties: string[];
  signedOn?: string;
  title?: string;
  students?: number;
  positions?: number;
  enterprises?: number;
}

/** Agreements extracted from articles carry their sentence; records of a dataset do not. */
function isExtracted(record: AgreementRecord): boolean {
  return record.evidence !== undefined && record.id.startsWith("art-a-");
}

function keyOf(type: string, parties: string[]): string {
  return `${type}|${[...parties].sort().join("|")}`;
}

function datesAgree(a: string | undefined, b: string | undefined): boolean {
  return !a || !b || a === b;
}

export async function existingAgreementsFor(database: Database, records: RecordSet): Promise<KnownAgreement[]> {
  const partyIds = [...new Set(records.agreements.filter(isExtracted).flatMap((r) => r.parties))];
  if (partyIds.length === 0) return [];
  const result = await database.read(namedQuery("agreements-of-parties"), { partyIds });
  return result.records.map((r) => {
    const known = r.toObject() as Record<string, unknown>;
    return Object.fromEntries(Object.entries(known).filter(([, v]) => v !== null)) as unknown as KnownAgreement;
  });
}

/**
 * One agreement, however many sources state it. An agreement found in an article that has the same
 * type and the same parties as one already known (in the graph, or earlier in this run) and no
 * different date is that agreement: the article becomes more evidence for it, and fills in only
 * what it lacked (a date, a title, a figure). Records of datasets are never folded: two rows are two
 * agreements, as their ids say.
 */
export function resolveAgreements(records: RecordSet, existing: KnownAgreement[]): { records: RecordSet; notes: Message[] } {
  // Only an article's agreements are folded: a load of dataset rows alone (a national load) is
  // kept as it is, without keying a million agreements that nothing will look up.
  if (!records.agreements.some(isExtracted)) return { records, notes: [] };
  const notes: Message[] = [];
  const known = new Map<string, (KnownAgreement & { record?: AgreementRecord })[]>();
  const remember = (agreement: KnownAgreement & { record?: AgreementRecord }) => {
    const key = keyOf(agreement.type, agreement.parties);
    known.set(key, [...(known.get(key) ?? []), agreement]);
  };
  existing.forEach((agreement) => remember(agreement));

  const kept: AgreementRecord[] = [];
  const folded = new Map<string, AgreementRecord>();
  for (const record of records.agreements) {
    const candidates = isExtracted(record) ? (known.get(keyOf(record.type, record.parties)) ?? []).filter((k) => datesAgree(k.signedOn, record.signedOn)) : [];
    if (candidates.length !== 1) {
      kept.push(record);
      remember({ ...record, record });
      continue;
    }
    const target = candidates[0]!;
    const into = target.record ?? folded.get(target.id);
    if (into) {
      into.evidence = [...(into.evidence ?? []), ...(record.evidence ?? [])];
      into.signedOn ??= record.signedOn;
      into.title ??= record.title;
      into.students ??= record.students;
      into.positions ??= record.positions;
      into.enterprises ??= record.enterprises;
    } else {
      // A record under the known id that sets only what the graph lacks: MERGE then adds the evidence.
      const fill: AgreementRecord = {
        ...record,
        id: target.id,
        title: target.title ? undefined : record.title,
        signedOn: target.signedOn ? undefined : record.signedOn,
        students: target.students === undefined ? record.students : undefined,
        positions: target.positions === undefined ? record.positions : undefined,
        enterprises: target.enterprises === undefined ? record.enterprises : undefined,
        reviewStatus: undefined,
      };
      folded.set(target.id, fill);
      kept.push(fill);
    }
    notes.push(message(formatOrigin(record.at), "agreement.asEvidence", { type: record.type, id: target.id }));
  }
  return { records: { ...records, agreements: kept }, notes };
}
