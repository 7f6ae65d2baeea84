import type { AtlasConfig } from "../config.ts";
import { applySchema, connectDatabase } from "../db/index.ts";
import { loadRegions, loadRegisterIfAbsent, regionsAreLoaded } from "../ingest/index.ts";
import type { Logger } from "../logger.ts";
import { formatSummary } from "./ingest.ts";

/**
 * `npm run -s atlas -- register`: loads the Ministry of Education's register of higher-education
 * institutions (data/reference/) into the database, as the first start does, for those who use
 * the command line without ever starting the server. Loading it again changes nothing.
 */
export async function registerCommand(config: AtlasConfig, logger: Logger, args: string[]): Promise<number> {
  if (args.length > 0) {
    process.stderr.write(`register takes no arguments, not "${args.join(" ")}"\nusage: npm run -s atlas -- register\n`);
    return 2;
  }
  const database = await connectDatabase(config, logger);
  try {
    await applySchema(database);
    if (!(await regionsAreLoaded(database))) await loadRegions(database);
    const load = await loadRegisterIfAbsent(database, logger);
    if (load.problems.length > 0) {
      process.stderr.write(`${load.problems.join("\n")}\n${load.problems.length} problem(s); nothing was written. Resolve them (each names the organisation in the graph it clashes with) and run this again.\n`);
      return 1;
    }
    if (!load.loaded || !load.result?.summary) {
      process.stdout.write("The register of higher-education institutions is already loaded; nothing was written.\n");
      return 0;
    }
    process.stdout.write(`Loaded the Ministry of Education's register of higher-education institutions (全国高等学校名单, as of 2025-06-20):\n`);
    process.stdout.write(`${formatSummary(load.result, load.ms / 1000)}\n`);
    return 0;
  } finally {
    await database.close();
  }
}
