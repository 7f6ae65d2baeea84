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
//
// The start of the field is not the only start of a cell. A spreadsheet set to split on `;` (the
// list separator in much of Europe) reads `Acme;=1+1` as two cells, the second a formula; and for
// it our quotes are no shelter, as a quote counts only at the start of its own cell. So, as OWASP's
// CSV injection guidance says, every place where a reader might start a cell is guarded: the start
// of the text, and right after a `,` `;` tab or line break, whatever spaces or double quotes (a
// quoted `"=1+1"` is still a formula) stand between it and the formula character. The apostrophe
// goes right after the separator (`Acme;'=1+1`), where a reader splitting there finds it at the
// start of its cell. Separators first, then the start: one pattern with ^ among the separators
// would, after its empty match at the start, never look at a first character that is itself a
// separator, as in "\t=1".
const formulaAfterSeparator = /([,;\t\r\n])(?=[\s"]*[=+\-@\t\r])/g;
const formulaAtStart = /^[\s"]*[=+\-@\t\r]/;

// Half a surrogate pair cannot be written in UTF-8 (an encoder would put U+FFFD in its place), so
// it is dropped, as the XML exports drop it.
const loneSurrogate = /[\uD800-\uDFFF]/gu;

function text(value: string | null): CsvValue {
  if (value === null) return undefined;
  const clean = value.replace(loneSurrogate, "");
  const inside = clean.replace(formulaAfterSeparator, "$1'");
  return formulaAtStart.test(inside) ? `'${inside}` : inside;
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
