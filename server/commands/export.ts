import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { AnalyticsCache, defaultLimits, isoToday, network, type ApiContext, type NetworkFilterInput } from "../api/index.ts";
import { networkFilterInput, networkNodeLimit, readNetworkFilterParams } from "../../contract/network-filter-params.ts";
import type { AtlasConfig } from "../config.ts";
import { connectDatabase } from "../db/index.ts";
import { exportFormats, exportNetwork, isExportFormat, type ExportFormat } from "../export/index.ts";
import type { Logger } from "../logger.ts";

export const exportUsage = `usage: npm run -s atlas -- export --format graphml|gexf|csv --out FILE
         [--table links|nodes] [--regions CODE,…] [--ends one|both] [--labels Institution,…] [--types TYPE,…]
         [--chains ID,…] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--live] [--limit N]
`;

export interface ExportArgs {
  format: ExportFormat;
  out: string;
  table: "links" | "nodes";
  filter: NetworkFilterInput;
}

/** The export command's arguments: the network query's filter, a format and a file. */
export function parseExportArgs(args: string[]): ExportArgs | string {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        format: { type: "string" },
        out: { type: "string" },
        table: { type: "string", default: "links" },
        regions: { type: "string" },
        ends: { type: "string" },
        labels: { type: "string" },
        types: { type: "string" },
        chains: { type: "string" },
        from: { type: "string" },
        to: { type: "string" },
        live: { type: "boolean", default: false },
        limit: { type: "string" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return (error as Error).message;
  }
  if (!values.format || !isExportFormat(values.format)) return `--format must be one of ${Object.keys(exportFormats).join(", ")}`;
  if (!values.out) return "--out FILE is needed";
  if (values.table !== "links" && values.table !== "nodes") return "--table must be links or nodes";
  // The same parameters as an export link's, read by the same parser: --live is the link's live=1.
  const filter = readNetworkFilterParams((name) => (name === "live" ? (values.live ? "1" : null) : values[name]), (name) => `--${name}`);
  if (filter.problems.length > 0) return filter.problems.join(" ");
  return { format: values.format, out: values.out, table: values.table, filter: networkFilterInput(filter.params, networkNodeLimit.max) };
}

/** `export`: the cooperation network under a filter, written for Gephi, Cytoscape or a spreadsheet. */
export async function exportCommand(config: AtlasConfig, logger: Logger, args: string[]): Promise<number> {
  const parsed = parseExportArgs(args);
  if (typeof parsed === "string") {
    process.stderr.write(`${parsed}\n${exportUsage}`);
    return 2;
  }
  const database = await connectDatabase(config, logger);
  try {
    // A one-off run: the analytics cache only saves the network for the life of this command.
    const context: ApiContext = { database, analytics: new AnalyticsCache(database), limits: { ...defaultLimits, queryTimeoutMs: 600_000 }, today: isoToday };
    const result = await network(context, parsed.filter);
    const file = exportNetwork(result, parsed.format, { table: parsed.table });
    await writeFile(parsed.out, file.body);
    const cut = result.truncated ? ` (the strongest part of ${result.totalNodes.toLocaleString("en")} nodes; raise --limit or filter)` : "";
    process.stderr.write(`wrote ${parsed.out}: ${result.nodes.length.toLocaleString("en")} organisations, ${result.links.length.toLocaleString("en")} links${cut}\n`);
    return 0;
  } catch (error) {
    const message = (error as Error).message;
    // The API's own refusals (a bad date, a limit over the maximum) are the user's to fix; say them plainly.
    if ((error as { extensions?: { code?: string } }).extensions?.code) {
      process.stderr.write(`export: ${message}\n`);
      return 2;
    }
    throw error;
  } finally {
    await database.close();
  }
}
