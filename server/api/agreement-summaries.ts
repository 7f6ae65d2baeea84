import { read, type ApiContext } from "./api-context.ts";
import type { AgreementSummary, ChainTargetRef, Evidence, OrgRef } from "./api-types.ts";

interface Row {
  agreement: Omit<AgreementSummary, "parties" | "serves" | "sources">;
  parties: OrgRef[];
  serves: ChainTargetRef[];
  sources: Evidence[];
}

/** Agreements by id, each with its parties, what it serves and its sources with their quotes, in the order asked. */
export async function agreementSummaries(context: ApiContext, ids: string[]): Promise<AgreementSummary[]> {
  if (ids.length === 0) return [];
  const rows = await read<Row>(context, "agreement-summaries", { ids, today: context.today() });
  const byId = new Map(rows.map((row) => [row.agreement.id, { ...row.agreement, parties: row.parties, serves: row.serves, sources: row.sources }]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
