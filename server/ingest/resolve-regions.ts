import { formatOrigin, type RecordSet } from "../model/index.ts";
import { regionProblem, type RegionResolver } from "../regions/index.ts";
import { message, type Message } from "./messages/index.ts";

/**
 * Replaces each record's region, however written (610000, 陕西省, Shaanxi, Xi'an), by its GB/T 2260
 * code. An unknown or ambiguous region is a problem that names the candidates.
 */
export function resolveRegions(records: RecordSet, resolver: RegionResolver): Message[] {
  const problems: Message[] = [];
  for (const list of [records.institutions, records.enterprises, records.governments, records.chains]) {
    for (const record of list) {
      if (!record.region) continue;
      const result = resolver.resolve(record.region);
      if ("code" in result) record.region = result.code;
      else {
        const { code, values } = regionProblem(record.region, result);
        problems.push(message(formatOrigin(record.at), code, values));
      }
    }
  }
  return problems;
}
