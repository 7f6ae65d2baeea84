import { formatOrigin } from "../model/origin.ts";
import type { RecordSet } from "../model/records.ts";
import type { RegionResolver } from "../regions/region-resolver.ts";
import { describeRegionProblem } from "../regions/region-message.ts";

/**
 * Replaces each record's region, however written (610000, 陕西省, Shaanxi, Xi'an), by its GB/T 2260
 * code. An unknown or ambiguous region is a problem that names the candidates.
 */
export function resolveRegions(records: RecordSet, resolver: RegionResolver): string[] {
  const problems: string[] = [];
  for (const list of [records.institutions, records.enterprises, records.governments, records.chains]) {
    for (const record of list) {
      if (!record.region) continue;
      const result = resolver.resolve(record.region);
      if ("code" in result) record.region = result.code;
      else problems.push(`${formatOrigin(record.at)}: ${describeRegionProblem(record.region, result)}`);
    }
  }
  return problems;
}
