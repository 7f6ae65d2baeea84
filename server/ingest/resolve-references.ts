import { namedQuery, type Database } from "../db/index.ts";
import { formatOrigin, type Origin, type RecordSet } from "../model/index.ts";
import { given, message, type Message } from "./messages/index.ts";
import { nameKeys } from "../text/index.ts";

/**
 * References may be names (DESIGN.md, "Identity"): `parties` and `members` may name an organisation
 * by its id, its code or its name (Chinese or English, full, short or an alias); `segments`, `chain`
 * and `serves` a chain or segment by id or name. Each name is looked up among this run's records and
 * the graph; one match becomes its id, several are a problem that lists them, none is left to the
 * reference check, which says it is unknown. A segment named on an enterprise is looked for in the
 * chain the same row names (所属产业链) first, so 海绵钛 of the titanium chain is not taken for a
 * segment of the same name elsewhere.
 */
export interface NamedEntity {
  id: string;
  label: "Organization" | "IndustryChain" | "ChainSegment";
  names: (string | undefined)[];
  code?: string;
  /** A segment's chain. */
  chain?: string;
}

export interface ReferenceResolution {
  records: RecordSet;
  problems: Message[];
  notes: Message[];
}

/** Chains and segments in the graph, with their names. */
export async function existingChainNames(database: Database): Promise<NamedEntity[]> {
  const result = await database.read(namedQuery("chain-and-segment-names"));
  return result.records.map((r) => ({ id: r.get("id"), label: r.get("label"), names: [r.get("name"), r.get("nameZh")], chain: r.get("chain") ?? undefined }));
}

/**
 * Entities by id, code and name. Names are keyed on the first lookup by name: a load that refers
 * to everything by id (a later load of agreements between known parties) never pays for keying
 * thousands of names.
 */
class NameIndex {
  private readonly entities: NamedEntity[] = [];
  private readonly ids = new Set<string>();
  private keyed?: { byKey: Map<string, NamedEntity[]>; byCode: Map<string, NamedEntity> };

  add(entity: NamedEntity): void {
    this.ids.add(entity.id);
    this.entities.push(entity);
    this.keyed = undefined;
  }

  hasId(id: string): boolean {
    return this.ids.has(id);
  }

  private keys(): { byKey: Map<string, NamedEntity[]>; byCode: Map<string, NamedEntity> } {
    if (this.keyed) return this.keyed;
    const byKey = new Map<string, NamedEntity[]>();
    const byCode = new Map<string, NamedEntity>();
    for (const entity of this.entities) {
      if (entity.code) byCode.set(entity.code, entity);
      for (const key of nameKeys(entity.names)) {
        const list = byKey.get(key) ?? [];
        if (!list.some((e) => e.id === entity.id)) list.push(entity);
        byKey.set(key, list);
      }
    }
    return (this.keyed = { byKey, byCode });
  }

  byName(name: string, keep: (entity: NamedEntity) => boolean = () => true): NamedEntity[] {
    const { byKey, byCode } = this.keys();
    const code = byCode.get(name.replace(/\s+/g, "").toUpperCase());
    if (code && keep(code)) return [code];
    const [key] = nameKeys([name]);
    return key ? (byKey.get(key) ?? []).filter(keep) : [];
  }
}

/** Whether every value is the id of an entity of the index, none given twice. */
function allIds(index: NameIndex, values: readonly string[]): boolean {
  for (let i = 0; i < values.length; i++) {
    if (!index.hasId(values[i]!)) return false;
    for (let j = 0; j < i; j++) if (values[j] === values[i]) return false;
  }
  return true;
}

export function resolveReferences(records: RecordSet, known: { organizations: NamedEntity[]; chains: NamedEntity[] }): ReferenceResolution {
  const problems: Message[] = [];
  const notes = new Map<string, Message>();
  const organizations = new NameIndex();
  const chains = new NameIndex();
  for (const o of known.organizations) organizations.add(o);
  for (const c of known.chains) chains.add(c);
  for (const file of ["institutions", "enterprises", "governments"] as const) {
    for (const r of records[file]) organizations.add({ id: r.id, label: "Organization", names: [r.name, r.nameZh, ...r.aliases], code: r.code });
  }
  for (const c of records.chains) chains.add({ id: c.id, label: "IndustryChain", names: [c.name, c.nameZh] });
  for (const s of records.segments) chains.add({ id: s.id, label: "ChainSegment", names: [s.name, s.nameZh], chain: s.chain });

  /** The id a reference stands for: itself when it is an id, else the one entity its name matches. */
  const resolve = (index: NameIndex, value: string, at: Origin, field: string, keep?: (entity: NamedEntity) => boolean): string => {
    if (index.hasId(value)) return value;
    const matches = index.byName(value, keep);
    if (matches.length === 1) {
      if (matches[0]!.id !== value) notes.set(`${field}:${value}`, message(formatOrigin(at), "ref.resolved", { field, given: given(value), id: matches[0]!.id, more: otherUses(value) }));
      return matches[0]!.id;
    }
    if (matches.length > 1) {
      problems.push(message(formatOrigin(at), "ref.ambiguous", { field, given: given(value), candidates: matches.map((m) => m.id) }));
    }
    return value;
  };
  // A name used on many rows is noted once, where it is first used, with how many more rows use it.
  // The uses are counted when the first name is resolved: a load by ids never counts them.
  let uses: Map<string, number> | undefined;
  const otherUses = (value: string) => {
    if (!uses) {
      const counts = new Map<string, number>();
      const count = (values: string[]) => values.forEach((v) => counts.set(v, (counts.get(v) ?? 0) + 1));
      records.agreements.forEach((r) => count(r.parties));
      records.alliances.forEach((r) => count(r.members));
      records.enterprises.forEach((r) => count(r.segments));
      uses = counts;
    }
    return Math.max((uses.get(value) ?? 0) - 1, 0);
  };

  const isChain = (e: NamedEntity) => e.label === "IndustryChain";
  const chainOf = (value: string | undefined, at: Origin) => (value ? resolve(chains, value, at, "chain", isChain) : undefined);

  const segments = records.segments.map((r) => ({ ...r, chain: chainOf(r.chain, r.at)! }));
  const enterprises = records.enterprises.map((r) => {
    const chain = chainOf(r.chain, r.at);
    const inChain = (e: NamedEntity) => e.label === "ChainSegment" && (chain === undefined || e.chain === chain);
    return {
      ...r,
      chain,
      segments: r.segments.map((s) => {
        if (chains.hasId(s) || chain === undefined) return resolve(chains, s, r.at, "segments", (e) => e.label === "ChainSegment");
        // Inside the row's chain first; a name found only elsewhere is no segment of that chain.
        const found = chains.byName(s, inChain);
        return found.length > 0 ? resolve(chains, s, r.at, "segments", inChain) : resolve(chains, s, r.at, "segments", (e) => e.label === "ChainSegment");
      }),
    };
  });
  // A record whose references are all distinct ids already (every row of a national load by id)
  // is kept as it is: copying a million agreements was most of this step's time and garbage.
  const agreements = records.agreements.map((r) =>
    allIds(organizations, r.parties) && allIds(chains, r.serves)
      ? r
      : {
          ...r,
          parties: [...new Set(r.parties.map((p) => resolve(organizations, p, r.at, "parties")))],
          serves: r.serves.map((s) => resolve(chains, s, r.at, "serves")),
        },
  );
  const alliances = records.alliances.map((r) => ({
    ...r,
    members: [...new Set(r.members.map((m) => resolve(organizations, m, r.at, "members")))],
    serves: r.serves.map((s) => resolve(chains, s, r.at, "serves")),
  }));
  return { records: { ...records, segments, enterprises, agreements, alliances }, problems, notes: [...notes.values()] };
}
