import path from "node:path";
import type { QueryResult } from "neo4j-driver";
import { namedQuery, type Database } from "../db/index.ts";
import { nameKey, nameKeys } from "../text/index.ts";
import { formatOrigin, type Origin, type RecordOf, type RecordSet } from "../model/index.ts";
import { fragment, message, wording, type Difference, type Fragment, type Locale, type Message, type OrganizationLabel, type Place } from "./messages/index.ts";

type OrganizationFile = "institutions" | "enterprises" | "governments";
type OrganizationRecord = RecordOf<OrganizationFile>;

const labelOf: Record<OrganizationFile, OrganizationLabel> = { institutions: "Institution", enterprises: "Enterprise", governments: "Government" };

/** An organisation as resolution sees it: from the database or from a record of this run. */
interface KnownOrganization {
  id: string;
  /** Institution, Enterprise or Government. */
  label: string;
  name: string;
  nameZh?: string;
  regionCode?: string;
  /** Its 学校标识码 or 统一社会信用代码, when known. */
  code?: string;
  /** Where it was defined in this run; absent for one already in the database. */
  at?: Origin;
}

/**
 * What to do with a row that matches an organisation but disagrees with it (DESIGN.md, "Identity"):
 * keep the organisation as it is (the row's disagreeing facts are dropped, its agreements attach),
 * replace its facts with the row's, or treat the row as a different organisation.
 */
export type ConflictDecision = "keep" | "replace" | "separate";
export const conflictDecisions: readonly ConflictDecision[] = ["keep", "replace", "separate"];

/** A row that matches an organisation but disagrees with it: shown before anything is written. */
export interface Conflict {
  /** Where the row is, as file:line (or file:sheet:row): the key a decision is given under. */
  where: string;
  id: string;
  name: string;
  /** The organisation it matches: its id, and where it is (this run or the database), in the reader's language. */
  matches: { id: string; name: string; where: string };
  /** Each fact that differs, in the reader's language: "region: 610300 there, 511500 here". */
  differences: string[];
}

/** A conflict as resolution finds it: where the match is and what differs as message fragments, worded by wordConflict. */
export interface FoundConflict extends Omit<Conflict, "matches" | "differences"> {
  matches: { id: string; name: string; where: Place };
  differences: Difference[];
}

/** A conflict in the reader's language. */
export function wordConflict(conflict: FoundConflict, locale: Locale): Conflict {
  return {
    ...conflict,
    matches: { ...conflict.matches, where: wording(conflict.matches.where, locale) },
    differences: conflict.differences.map((difference) => wording(difference, locale)),
  };
}

export interface ResolutionOptions {
  /** One decision for every conflict (a script's --on-conflict). */
  onConflict?: ConflictDecision;
  /** Decisions by conflict (`Conflict.where`), as a person makes them in the import view; they win over onConflict. */
  decisions?: Record<string, ConflictDecision>;
}

export interface EntityResolution {
  records: RecordSet;
  problems: Message[];
  notes: Message[];
  /** Conflicts found, decided or not; undecided ones are also problems. */
  conflicts: FoundConflict[];
}

/** Organisations already in the graph, with what resolution compares. One read; fine at 10⁵ organisations. */
export async function existingOrganizations(database: Database): Promise<(KnownOrganization & { aliases: string[] })[]> {
  return identities(await database.read(namedQuery("organization-identities")));
}

/**
 * The organisations of the graph that resolving `records` can involve. A load with no
 * organisation of its own whose agreements and alliances name every party by an id the graph
 * holds (a file exported from it, a later load of agreements) needs only those; any other needs
 * every organisation, since a name or a row may match any of them. The answer is the same either
 * way: the parties are found by id before any name is compared.
 */
export async function existingOrganizationsFor(database: Database, records: RecordSet): Promise<(KnownOrganization & { aliases: string[] })[]> {
  const ownOrganizations = records.institutions.length + records.enterprises.length + records.governments.length;
  if (ownOrganizations > 0) return existingOrganizations(database);
  const named = [...new Set([...records.agreements.flatMap((r) => r.parties), ...records.alliances.flatMap((r) => r.members)])];
  const found = identities(await database.read(namedQuery("organization-identities-of"), { ids: named }));
  return found.length === named.length ? found : existingOrganizations(database);
}

function identities(result: QueryResult): (KnownOrganization & { aliases: string[] })[] {
  return result.records.map((r) => ({
    id: r.get("id"),
    label: r.get("label"),
    name: r.get("name"),
    nameZh: r.get("nameZh") ?? undefined,
    regionCode: r.get("regionCode") ?? undefined,
    code: r.get("code") ?? undefined,
    aliases: r.get("aliases") ?? [],
  })) as (KnownOrganization & { aliases: string[] })[];
}

/** Whether two region codes can describe the same place: equal, or one contains the other (610000 ⊃ 610100 ⊃ 610113). */
export function regionsAgree(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b || a === b) return true;
  const within = (outer: string, inner: string) =>
    (outer.endsWith("0000") && inner.startsWith(outer.slice(0, 2))) || (outer.endsWith("00") && inner.startsWith(outer.slice(0, 4)));
  return within(a, b) || within(b, a);
}

/** Where an organisation is: a row of this run, or the database. */
function describe(known: KnownOrganization): Place {
  return known.at ? fragment("place.row", { where: formatOrigin(known.at), id: known.id }) : fragment("place.database", { id: known.id });
}

/** A free id for a row whose own id already names another organisation: its file's name before it. */
function separateId(record: OrganizationRecord, taken: (id: string) => boolean): string {
  const stem = path.basename(record.at.file).replace(/\.[a-z0-9]+$/i, "").replace(/[^\p{L}\p{N}._-]+/gu, "-").replace(/^[^\p{L}\p{N}]+/u, "") || "file";
  const base = `${[...stem].slice(0, 60).join("")}${record.at.sheet ? `-${record.at.sheet.replace(/[^\p{L}\p{N}._-]+/gu, "-")}` : ""}:${record.id}`.slice(0, 190);
  let id = base;
  for (let n = 2; taken(id); n++) id = `${base}-${n}`;
  return id;
}

/**
 * Makes each organisation one node (DESIGN.md, "Identity"):
 * - a real code (学校标识码, 统一社会信用代码) identifies an organisation across files: a row with the
 *   code of a known organisation is that organisation, whatever its id;
 * - a row's own id is local to its file: the same id on an organisation of another name (and no
 *   shared code) is a different organisation, given an id of its own, and said so;
 * - a record whose id is new but whose name, Chinese name or alias matches exactly one organisation
 *   (of this run, or already in the database) is that organisation: it is folded in, and agreements
 *   and alliances that named it by its own id are pointed there;
 * - a match that disagrees with a fact (an unrelated region, another Chinese name) is a conflict,
 *   never an overwrite: without a decision it is a problem that says how to decide; another label
 *   (an enterprise where an institution is known) is always a problem; a match with several
 *   organisations is a problem too.
 */
export function resolveOrganizations(records: RecordSet, existing: (KnownOrganization & { aliases?: string[] })[], options: ResolutionOptions = {}): EntityResolution {
  const problems: Message[] = [];
  const notes: Message[] = [];
  const conflicts: FoundConflict[] = [];
  const byId = new Map<string, KnownOrganization>();
  const byKey = new Map<string, Set<string>>();
  const byCode = new Map<string, string>();
  const index = (known: KnownOrganization, aliases: string[]) => {
    byId.set(known.id, known);
    if (known.code && !byCode.has(known.code)) byCode.set(known.code, known.id);
    for (const key of nameKeys([known.name, known.nameZh, ...aliases])) {
      let ids = byKey.get(key);
      if (!ids) byKey.set(key, (ids = new Set()));
      ids.add(known.id);
    }
  };
  for (const organization of existing) index(organization, organization.aliases ?? []);

  const renamed = new Map<string, string>();
  const kept: Record<OrganizationFile, OrganizationRecord[]> = { institutions: [], enterprises: [], governments: [] };
  const folded = new Map<string, OrganizationRecord>();

  /** The differences between a row and the organisation it matches, as conflict lines. */
  const differencesWith = (target: KnownOrganization, record: OrganizationRecord): Difference[] =>
    [
      !regionsAgree(target.regionCode, record.region) ? fragment("difference.region", { there: String(target.regionCode), here: String(record.region) }) : undefined,
      target.nameZh && record.nameZh && nameKey(target.nameZh) !== nameKey(record.nameZh) ? fragment("difference.nameZh", { there: target.nameZh, here: record.nameZh }) : undefined,
      target.code && record.code && target.code !== record.code ? fragment("difference.code", { there: target.code, here: record.code }) : undefined,
    ].filter((line): line is Difference => line !== undefined);

  const outcomes = { keep: "org.conflictKept", replace: "org.conflictReplaced", separate: "org.conflictSeparated" } as const;

  /** A conflict's decision, or undefined (then it is reported as a problem). */
  const decide = (record: OrganizationRecord, target: KnownOrganization, differences: Difference[]): ConflictDecision | undefined => {
    const where = formatOrigin(record.at);
    conflicts.push({ where, id: record.id, name: record.name, matches: { id: target.id, name: target.name, where: describe(target) }, differences });
    const decision = options.decisions?.[where] ?? options.onConflict;
    const values = { name: record.name, matches: describe(target), differences };
    if (!decision) problems.push(message(where, "org.conflict", values));
    else notes.push(message(where, outcomes[decision], values));
    return decision;
  };

  const foldInto = (record: OrganizationRecord, target: KnownOrganization, how: "merge" | "keep" | "replace", why: Fragment<"why.sameCode" | "why.sameId" | "why.sameName">) => {
    renamed.set(record.id, target.id);
    notes.push(message(formatOrigin(record.at), "org.merged", { name: record.name, target: describe(target), why }));
    const into = target.at ? kept[fileOfLabel(target.label)].find((r) => r.id === target.id) : undefined;
    const base = into ?? folded.get(target.id) ?? { ...record, id: target.id, name: target.name, nameZh: undefined, region: undefined, code: undefined, kind: undefined, aliases: [], source: [], segments: [] };
    const merged = mergeInto(base, record, how);
    if (!into) folded.set(target.id, merged);
  };

  for (const file of ["institutions", "enterprises", "governments"] as const) {
    for (const original of records[file]) {
      let record = original;
      const self = (r: OrganizationRecord): KnownOrganization => ({ id: r.id, label: labelOf[file], name: r.name, nameZh: r.nameZh, regionCode: r.region, code: r.code, at: r.at });

      // 1. A real code settles who it is.
      const codeMatch = record.code ? byId.get(byCode.get(record.code) ?? "") : undefined;
      if (codeMatch && codeMatch.id !== record.id) {
        if (codeMatch.label !== labelOf[file]) {
          problems.push(message(formatOrigin(record.at), "org.codeOfOtherLabel", { code: record.code!, owner: codeMatch.label as OrganizationLabel, target: describe(codeMatch), label: labelOf[file] }));
          continue;
        }
        const differences = differencesWith(codeMatch, record);
        const decision = differences.length > 0 ? decide(record, codeMatch, differences) : "merge";
        if (decision === undefined) continue;
        if (decision !== "separate") {
          foldInto(record, codeMatch, decision === "replace" ? "replace" : decision === "keep" ? "keep" : "merge", fragment("why.sameCode", { code: record.code! }));
          continue;
        }
        problems.push(message(formatOrigin(record.at), "org.codeIdentifiesOther", { code: record.code!, target: describe(codeMatch) }));
        continue;
      }

      // 2. The same id as an organisation of this run: reported by duplicateIds.
      const sameId = byId.get(record.id);
      if (sameId?.at) {
        kept[file].push(record);
        continue;
      }
      // 3. The same id as one in the database: the same organisation only if names or codes agree.
      if (sameId) {
        const sameName = nameKeys([record.name, record.nameZh, ...record.aliases]).some((key) => byKey.get(key)?.has(sameId.id));
        const sameCode = record.code !== undefined && record.code === sameId.code;
        const otherCode = record.code !== undefined && sameId.code !== undefined && record.code !== sameId.code;
        if ((!sameName && !sameCode) || otherCode) {
          // A file's own ids are local to it: "1" in two lists names two rows.
          const id = separateId(record, (candidate) => byId.has(candidate));
          notes.push(message(formatOrigin(record.at), "org.idTaken", { id: record.id, name: sameId.name, region: sameId.regionCode ?? fragment("noRegion"), rowName: record.name, newId: id }));
          renamed.set(record.id, id);
          record = { ...record, id };
          kept[file].push(record);
          index(self(record), record.aliases);
          continue;
        }
        if (sameId.label !== labelOf[file]) {
          problems.push(message(formatOrigin(record.at), "org.idOfOtherLabel", { id: record.id, owner: sameId.label as OrganizationLabel, label: labelOf[file] }));
          continue;
        }
        const differences = differencesWith(sameId, record);
        const decision = differences.length > 0 ? decide(record, sameId, differences) : "replace";
        if (decision === undefined) continue;
        if (decision === "separate") {
          const id = separateId(record, (candidate) => byId.has(candidate));
          renamed.set(record.id, id);
          record = { ...record, id };
          kept[file].push(record);
          index(self(record), record.aliases);
          continue;
        }
        if (decision === "keep") {
          foldInto(record, sameId, "keep", fragment("why.sameId"));
          continue;
        }
        kept[file].push(record);
        index(self(record), record.aliases);
        continue;
      }

      // 4. A new id: the same organisation as one named alike, if exactly one.
      const matches = new Set(nameKeys([record.name, record.nameZh, ...record.aliases]).flatMap((key) => [...(byKey.get(key) ?? [])]));
      if (matches.size > 1) {
        problems.push(message(formatOrigin(record.at), "org.ambiguousName", { name: record.name, candidates: [...matches].map((id) => describe(byId.get(id)!)) }));
        continue;
      }
      if (matches.size === 0) {
        kept[file].push(record);
        index(self(record), record.aliases);
        continue;
      }
      const target = byId.get([...matches][0]!)!;
      if (target.label !== labelOf[file]) {
        problems.push(message(formatOrigin(record.at), "org.labelMismatch", { name: record.name, target: describe(target), there: target.label as OrganizationLabel, here: labelOf[file] }));
        continue;
      }
      const differences = differencesWith(target, record);
      if (target.code && record.code && target.code !== record.code) {
        // Two codes: two organisations, however alike their names.
        kept[file].push(record);
        index(self(record), record.aliases);
        continue;
      }
      const decision = differences.length > 0 ? decide(record, target, differences) : "merge";
      if (decision === undefined) continue;
      if (decision === "separate") {
        kept[file].push(record);
        index(self(record), record.aliases);
        continue;
      }
      foldInto(record, target, decision === "merge" ? "merge" : decision, fragment("why.sameName"));
    }
  }
  for (const record of folded.values()) kept[fileOfLabel(byId.get(record.id)!.label)].push(record);

  const follow = (id: string) => renamed.get(id) ?? id;
  // Only a record naming a renamed or repeated party is copied; a national load renames nothing.
  const changes = (ids: readonly string[]) => ids.some((id, i) => renamed.has(id) || ids.indexOf(id) !== i);
  return {
    problems,
    notes,
    conflicts,
    records: {
      ...records,
      ...kept,
      agreements: records.agreements.map((r) => (changes(r.parties) ? { ...r, parties: [...new Set(r.parties.map(follow))] } : r)),
      alliances: records.alliances.map((r) => ({ ...r, members: [...new Set(r.members.map(follow))] })),
    },
  };
}

function fileOfLabel(label: string): OrganizationFile {
  return label === "Institution" ? "institutions" : label === "Enterprise" ? "enterprises" : "governments";
}

/**
 * Adds what `from` knows to `into`: what it lacks when merging or keeping (a different spelling of the
 * name becomes an alias), and, when replacing, its region, Chinese name and kind over the old ones.
 */
function mergeInto(into: OrganizationRecord, from: OrganizationRecord, how: "merge" | "keep" | "replace" = "merge"): OrganizationRecord {
  if (how === "replace") {
    into.nameZh = from.nameZh ?? into.nameZh;
    into.kind = from.kind ?? into.kind;
    into.region = from.region ?? into.region;
  } else {
    into.nameZh ??= from.nameZh;
    into.kind ??= from.kind;
  }
  into.code ??= from.code;
  // The more precise of two agreeing regions (a city rather than its province).
  if (how === "merge" && from.region && (!into.region || (regionsAgree(into.region, from.region) && from.region.replace(/0+$/, "").length > into.region.replace(/0+$/, "").length))) into.region = from.region;
  const aliases = new Set([...into.aliases, ...from.aliases]);
  if (from.name !== into.name) aliases.add(from.name);
  into.aliases = [...aliases];
  into.source = [...new Set([...into.source, ...from.source])];
  into.segments = [...new Set([...into.segments, ...from.segments])];
  if (from.evidence) into.evidence = [...(into.evidence ?? []), ...from.evidence];
  return into;
}
