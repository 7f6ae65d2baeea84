import { csvLine as line, type CsvValue } from "../text/index.ts";
import type { Network, NetworkNode } from "../model/index.ts";
import { displayName, finiteOrNull, nodesById } from "./export-common.ts";

/**
 * The cooperation network as two CSV tables, in the shape Gephi's spreadsheet import expects
 * (links: Source, Target, Weight; nodes: Id, Label), with names and metrics for a human reader.
 * Lines are the record files' own (`csvLine`, built on `csvField`): RFC 4180 quoting, "\n" ends.
 */

export type CsvTable = "links" | "nodes";

export const csvTables: readonly CsvTable[] = ["links", "nodes"];

const linkColumns = ["Source", "Target", "Weight", "SourceName", "TargetName", "FirstOn", "LastOn"];
const nodeColumns = ["Id", "Label", "NameZh", "Type", "Kind", "RegionCode", "Degree", "WeightedDegree", "Betweenness", "Community"];

// Excel opens a CSV without a byte order mark in the system's code page, which on Chinese Windows
// is GBK, and so shows Chinese UTF-8 names as mojibake; the BOM makes it read UTF-8. Gephi,
// pandas and csv-parse (with `bom: true`) skip it.
const byteOrderMark = "\uFEFF";

// A spreadsheet runs a cell that starts with = + - or @ as a formula (and some take a leading tab
// or carriage return as a way to hide one), so a name like `=HYPERLINK(…)` in the data could run
// when a researcher opens the file. A leading apostrophe makes the cell plain text, and Excel does
// not show it. Only text is guarded: numbers (a negative one starts with -) stay numbers.
const formulaStart = /^[=+\-@\t\r]/;

// Half a surrogate pair cannot be written in UTF-8 (an encoder would put U+FFFD in its place), so
// it is dropped, as the XML exports drop it.
const loneSurrogate = /[\uD800-\uDFFF]/gu;

function text(value: string | null): CsvValue {
  if (value === null) return undefined;
  const clean = value.replace(loneSurrogate, "");
  return formulaStart.test(clean) ? `'${clean}` : clean;
}

function numeric(value: number): CsvValue {
  return finiteOrNull(value) ?? undefined;
}

export function networkToCsv(network: Network, table: CsvTable): string {
  const byId = nodesById(network);
  const rows: string[] = [];
  if (table === "links") {
    rows.push(line(linkColumns));
    for (const link of network.links) {
      const source = byId.get(link.source) as NetworkNode;
      const target = byId.get(link.target) as NetworkNode;
      rows.push(line([text(link.source), text(link.target), numeric(link.weight), text(displayName(source)), text(displayName(target)), text(link.firstOn), text(link.lastOn)]));
    }
  } else if (table === "nodes") {
    rows.push(line(nodeColumns));
    for (const node of network.nodes) {
      rows.push(
        line([
          text(node.id),
          text(displayName(node)),
          text(node.nameZh),
          text(node.label),
          text(node.kind),
          text(node.regionCode),
          numeric(node.degree),
          numeric(node.weightedDegree),
          numeric(node.betweenness),
          numeric(node.community),
        ]),
      );
    }
  } else {
    throw new Error(`unknown CSV table "${String(table)}"; the tables are ${csvTables.join(", ")}`);
  }
  return byteOrderMark + rows.join("");
}
