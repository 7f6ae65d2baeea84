import neo4j, { type ManagedTransaction } from "neo4j-driver";
import { namedQuery } from "../db/cypher-files.ts";
import type { Database } from "../db/database.ts";
import type { RecordSet } from "./records.ts";

/** What a load did, per kind of node: created, updated (a property or label changed), unchanged. */
export interface LoadSummary {
  nodes: Record<string, { created: number; updated: number; unchanged: number }>;
  relationshipsCreated: number;
}

/** neo4j Date for a validated YYYY-MM-DD, so dates compare and sort as dates in Cypher. */
function toDate(value: string | undefined) {
  if (!value) return undefined;
  const [year, month, day] = value.split("-").map(Number);
  return new neo4j.types.Date(year!, month!, day!);
}

/** Properties without undefined values: `SET n += props` then leaves absent columns untouched. */
function props(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)));
}

const organizationLabels = { institutions: "Institution", enterprises: "Enterprise", governments: "Government" } as const;

/** The rows each named query receives, built from validated records. */
export function loadSteps(records: RecordSet): { label: string; query: string; rows: Record<string, unknown>[] }[] {
  const organizations = (["institutions", "enterprises", "governments"] as const).flatMap((file) =>
    records[file].map((r) => ({
      id: r.id,
      label: organizationLabels[file],
      props: props({ name: r.name, nameZh: r.nameZh, kind: r.kind, regionCode: r.region, aliases: r.aliases, aliasText: r.aliases.join(" | ") || undefined }),
      sources: r.source,
    })),
  );
  return [
    { label: "Source", query: "merge-sources", rows: records.sources.map((r) => ({ id: r.id, props: props({ kind: r.kind, url: r.url, title: r.title, publisher: r.publisher, publishedOn: toDate(r.publishedOn), origin: r.origin }) })) },
    { label: "Organization", query: "merge-organizations", rows: organizations },
    { label: "IndustryChain", query: "merge-chains", rows: records.chains.map((r) => ({ id: r.id, props: props({ name: r.name, nameZh: r.nameZh, scope: r.scope, regionCode: r.region }), sources: r.source })) },
    { label: "ChainSegment", query: "merge-segments", rows: records.segments.map((r) => ({ id: r.id, chain: r.chain, props: props({ name: r.name, nameZh: r.nameZh, stage: r.stage, order: r.order }), sources: r.source })) },
    {
      label: "Agreement",
      query: "merge-agreements",
      rows: records.agreements.map((r) => ({
        id: r.id,
        props: props({ type: r.type, title: r.title, signedOn: toDate(r.signedOn), endsOn: toDate(r.endsOn), status: r.status, students: r.students, positions: r.positions, enterprises: r.enterprises }),
        parties: r.parties,
        serves: r.serves,
        sources: r.source,
      })),
    },
    { label: "Alliance", query: "merge-alliances", rows: records.alliances.map((r) => ({ id: r.id, props: props({ name: r.name, nameZh: r.nameZh, foundedOn: toDate(r.foundedOn) }), members: r.members, serves: r.serves, sources: r.source })) },
  ];
}

/**
 * Writes validated records in one transaction: everything or, on any failure, nothing.
 * Nodes are merged on their ids, so loading the same records again changes nothing.
 */
export async function loadRecords(database: Database, records: RecordSet): Promise<LoadSummary> {
  const session = database.driver.session({ database: database.name, defaultAccessMode: neo4j.session.WRITE });
  try {
    return await session.executeWrite(async (tx: ManagedTransaction) => {
      const summary: LoadSummary = { nodes: {}, relationshipsCreated: 0 };
      for (const step of loadSteps(records)) {
        if (step.rows.length === 0) continue;
        const result = await tx.run(namedQuery(step.query), { rows: step.rows });
        const row = result.records[0]!;
        const created = Number(row.get("created"));
        const updated = Number(row.get("updated"));
        summary.nodes[step.label] = { created, updated, unchanged: Number(row.get("total")) - created - updated };
        summary.relationshipsCreated += result.summary.counters.updates().relationshipsCreated;
      }
      const operatesIn = records.enterprises.filter((r) => r.segments.length > 0).map((r) => ({ id: r.id, segments: r.segments }));
      if (operatesIn.length > 0) {
        const result = await tx.run(namedQuery("link-operates-in"), { rows: operatesIn });
        summary.relationshipsCreated += result.summary.counters.updates().relationshipsCreated;
      }
      if (records.agreements.length > 0) {
        const result = await tx.run(namedQuery("refresh-collaborations"), { agreementIds: records.agreements.map((r) => r.id) });
        summary.relationshipsCreated += result.summary.counters.updates().relationshipsCreated;
      }
      return summary;
    });
  } finally {
    await session.close();
  }
}
