import type { Network } from "../model/index.ts";
import { csvTables, networkToCsv, type CsvTable } from "./csv.ts";
import { networkToGexf } from "./gexf.ts";
import { networkToGraphml } from "./graphml.ts";

/** The formats the cooperation network can be downloaded in, and what to send with each. */

export type ExportFormat = "graphml" | "gexf" | "csv";

export interface ExportOptions {
  /** Which CSV table: the links (the default) or the nodes. Other formats hold both. */
  table?: CsvTable;
}

export interface ExportedNetwork {
  body: string;
  contentType: string;
  /** File name extension, without the dot. */
  extension: string;
}

export interface ExportFormatInfo {
  title: string;
  contentType: string;
  extension: string;
  write: (network: Network, options: ExportOptions) => string;
}

export const exportFormats: Readonly<Record<ExportFormat, ExportFormatInfo>> = {
  graphml: {
    title: "GraphML (Gephi, Cytoscape, yEd)",
    contentType: "application/graphml+xml; charset=utf-8",
    extension: "graphml",
    write: (network) => networkToGraphml(network),
  },
  gexf: {
    title: "GEXF 1.3 (Gephi)",
    contentType: "application/gexf+xml; charset=utf-8",
    extension: "gexf",
    write: (network) => networkToGexf(network),
  },
  csv: {
    title: "CSV, one table of links or of nodes (Gephi spreadsheet import, Excel)",
    contentType: "text/csv; charset=utf-8",
    extension: "csv",
    write: (network, options) => networkToCsv(network, options.table ?? "links"),
  },
};

export function isExportFormat(value: string): value is ExportFormat {
  return Object.hasOwn(exportFormats, value);
}

/** The network as a file in `format`; an unknown format or CSV table is an Error naming the known ones. */
export function exportNetwork(network: Network, format: ExportFormat, options: ExportOptions = {}): ExportedNetwork {
  if (!isExportFormat(format)) {
    throw new Error(`unknown export format "${String(format)}"; the formats are ${Object.keys(exportFormats).join(", ")}`);
  }
  if (options.table !== undefined && !csvTables.includes(options.table)) {
    throw new Error(`unknown CSV table "${String(options.table)}"; the tables are ${csvTables.join(", ")}`);
  }
  const { contentType, extension, write } = exportFormats[format];
  return { body: write(network, options), contentType, extension };
}
