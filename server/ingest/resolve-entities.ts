import { namedQuery, type Database } from "../db/index.ts";
import { nameKey, nameKeys } from "../text/index.ts";
import { formatOrigin, type Origin, type RecordOf, type RecordSet } from "../model/index.ts";

type OrganizationFile = "institutions" | "enterprises" | "governments";
type OrganizationRecord = RecordOf<OrganizationFile>;

const labelOf: Record<OrganizationFile, string> = { institutions: "Institution", enterprises: "Enterprise", governments: "Government" };

/** An organisation as resolution sees it: from the database or from a record of this run. */
interface KnownOrganization {
  id: string;
  label: string;
  name: string;
  nameZh?: string;
  regionCode?: string;
  /** Where it was defined in this run; absent for one already in the database. */
  at?: Origin;
}

export interface EntityResolution {
  records: RecordSet;
  problems: string[];
  notes: string[];
}

/** Organisations already in the graph, with what resolution compares. One read; fine at 10⁵ organisations. */
export async function existingOrganizations(database: Database): Promise<KnownOrganization[]> {
  const result = await database.read(namedQuery("organization-identities"));
  return result.records.map((r) => ({
    id: r.get("id"),
    label: r.get("label"),
    name: r.get("name"),
    nameZh: r.get("nameZh") ?? undefined,
    regionCode: r.get("regionCode") ?? undefined,
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

function describe(known: KnownOrganization): string {
  return known.at ? `${formatOrigin(known.at)} ("${known.id}")` : `the database ("${known.id}")`;
}

/**
 * Makes each organisation one node. A record whose id is new but whose name, Chinese name or alias
 * matches exactly one organisation (of this run, or already in the database) is the same organisation:
 * it is folded into that one, and agreements and alliances that named it by its own id are pointed there.
 * A match that contradicts a fact (another label, an unrelated region, another Chinese name) is a
 * problem, never an overwrite; a match with several organisations is a problem too.
 */
export function resolveOrganizations(records: RecordSet, existing: (KnownOrganization & { aliases?: string[] })[]): EntityResolution {
  const problems: string[] = [];
  const notes: string[] = [];
  const byId = new Map<string, KnownOrganization>();
  const byKey = new Map<string, Set<string>>();
  const index = (known: KnownOrganization, aliases: string[]) => {
    byId.set(known.id, known);
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

  for (const file of ["institutions", "enterprises", "governments"] as const) {
    for (const record of records[file]) {
      const self: KnownOrganization = { id: record.id, label: labelOf[file], name: record.name, nameZh: record.nameZh, regionCode: record.region, at: record.at };
      const sameId = byId.get(record.id);
      if (sameId && !sameId.at) {
        // The same id as a node already in the graph: an explicit update of that organisation.
        if (sameId.label !== self.label) problems.push(`${formatOrigin(record.at)}: "${record.id}" is ${article(sameId.label)} in the database, not ${article(self.label)}`);
        else if (!regionsAgree(sameId.regionCode, record.region)) notes.push(`${formatOrigin(record.at)}: moves "${record.id}" from region ${sameId.regionCode} to ${record.region}`);
        kept[file].push(record);
        index(self, record.aliases);
        continue;
      }
      if (sameId) {
        kept[file].push(record); // a duplicate id within the run: reported by duplicateIds
        continue;
      }
      const matches = new Set(nameKeys([record.name, record.nameZh, ...record.aliases]).flatMap((key) => [...(byKey.get(key) ?? [])]));
      if (matches.size > 1) {
        problems.push(`${formatOrigin(record.at)}: "${record.name}" matches several organisations by name: ${[...matches].map((id) => describe(byId.get(id)!)).join(", ")}; give the id of the one it is`);
        continue;
      }
      if (matches.size === 0) {
        kept[file].push(record);
        index(self, record.aliases);
        continue;
      }
      const target = byId.get([...matches][0]!)!;
      const conflicts = [
        target.label !== self.label ? `it is ${article(target.label)} there, ${article(self.label)} here` : undefined,
        !regionsAgree(target.regionCode, record.region) ? `its region is ${target.regionCode} there, ${record.region} here` : undefined,
        target.nameZh && record.nameZh && nameKey(target.nameZh) !== nameKey(record.nameZh) ? `its Chinese name is ${target.nameZh} there, ${record.nameZh} here` : undefined,
      ].filter(Boolean);
      if (conflicts.length > 0) {
        problems.push(`${formatOrigin(record.at)}: "${record.name}" is named like ${describe(target)}, but ${conflicts.join("; ")}`);
        continue;
      }
      renamed.set(record.id, target.id);
      notes.push(`${formatOrigin(record.at)}: "${record.name}" is the same organisation as ${describe(target)}; merged`);
      const into = target.at ? kept[fileOfLabel(target.label)].find((r) => r.id === target.id) : undefined;
      if (into) mergeInto(into, record);
      else folded.set(target.id, mergeInto(folded.get(target.id) ?? { ...record, id: target.id, name: target.name, aliases: [] }, record));
    }
  }
  for (const record of folded.values()) kept[fileOfLabel(byId.get(record.id)!.label)].push(record);

  const follow = (id: string) => renamed.get(id) ?? id;
  return {
    problems,
    notes,
    records: {
      ...records,
      ...kept,
      agreements: records.agreements.map((r) => ({ ...r, parties: [...new Set(r.parties.map(follow))] })),
      alliances: records.alliances.map((r) => ({ ...r, members: [...new Set(r.members.map(follow))] })),
    },
  };
}

function fileOfLabel(label: string): OrganizationFile {
  return label === "Institution" ? "institutions" : label === "Enterprise" ? "enterprises" : "governments";
}

function article(label: string): string {
  return `${/^[AEIOU]/.test(label) ? "an" : "a"} ${label}`;
}

/** Adds what `from` knows and `into` lacks; a different spelling of the name becomes an alias. */
function mergeInto(into: OrganizationRecord, from: OrganizationRecord): OrganizationRecord {
  into.nameZh ??= from.nameZh;
  into.kind ??= from.kind;
  // The more precise of two agreeing regions (a city rather than its province).
  if (from.region && (!into.region || from.region.replace(/0+$/, "").length > into.region.replace(/0+$/, "").length)) into.region = from.region;
  const aliases = new Set([...into.aliases, ...from.aliases]);
  if (from.name !== into.name) aliases.add(from.name);
  into.aliases = [...aliases];
  into.source = [...new Set([...into.source, ...from.source])];
  into.segments = [...new Set([...into.segments, ...from.segments])];
  if (from.evidence) into.evidence = [...(into.evidence ?? []), ...from.evidence];
  return into;
}
