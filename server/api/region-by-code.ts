import { badInput } from "./api-error.ts";
import { read, type ApiContext } from "./api-context.ts";
import type { RegionRef } from "./api-types.ts";

/** The region with a GB/T 2260 code; an unknown code is the caller's mistake, said plainly. */
export async function regionByCode(context: ApiContext, code: string): Promise<RegionRef> {
  const [row] = await read<{ region: RegionRef }>(context, "region-by-code", { code });
  if (!row) throw badInput(`No region has the code "${code}" (a GB/T 2260 code such as 510000 for Sichuan).`);
  return row.region;
}
