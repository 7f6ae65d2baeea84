import path from "node:path";
import { canonicalColumn } from "./column-names.ts";
import { knownColumns, recordFileName, recordFiles, requiredColumns, type RecordFileName } from "../model/index.ts";
import { fragment, given, type Fragment } from "./messages/index.ts";

/**
 * What kind of records a table holds, from its columns first: a planner's list is called
 * 陕西省钛产业链重点企业名单.xlsx, not enterprises.csv. A file or sheet named after a kind
 * (institutions.csv, a sheet "agreements") settles it; otherwise headers only one kind has
 * (统一社会信用代码 and 产业链环节 for enterprises, 学校标识码 for institutions, 合作企业 for
 * agreements) and the words of the file and sheet names decide. When two kinds fit equally the
 * user is asked to say which, never guessed for.
 */
export type KindRecognition =
  | { kind: RecordFileName; why: Fragment<"why.columns" | "why.word" | "why.namedSheet" | "why.namedFile"> }
  | { kind?: undefined; problem: Fragment<"kind.unknown" | "kind.ambiguous"> };

// Canonical columns, or raw headers, that point to one kind and away from the others.
const tellingColumns: Record<RecordFileName, string[]> = {
  sources: ["url", "publisher", "publishedOn"],
  institutions: ["学校名称", "院校名称", "高校名称", "学校标识码", "办学层次", "主管部门", "authority"],
  enterprises: ["企业名称", "公司名称", "统一社会信用代码", "segments", "chain"],
  governments: ["部门名称", "政府名称"],
  chains: ["scope", "产业链名称"],
  segments: ["stage", "order", "环节名称"],
  agreements: ["parties", "signedOn", "endsOn", "合作类型"],
  alliances: ["members", "foundedOn", "联盟名称"],
};

// Words of file and sheet names, most specific first ("重点企业名单" of a chain is enterprises).
const nameWords: [RegExp, RecordFileName][] = [
  [/企业|公司|enterprise|compan/i, "enterprises"],
  [/学校|高校|院校|大学|学院|institution|universit|college|school/i, "institutions"],
  [/政府|部门|厅|局|government|department/i, "governments"],
  [/协议|合作项目|签约|基地|agreement/i, "agreements"],
  [/联盟|共同体|联合体|allianc/i, "alliances"],
  [/环节|segment/i, "segments"],
  [/产业链|chain/i, "chains"],
  [/来源|source/i, "sources"],
];

function mappedColumns(kind: RecordFileName, header: string[]): Set<string> {
  const mapped = new Set<string>();
  for (const h of header) {
    const column = canonicalColumn(kind, h, knownColumns[kind]);
    if (column) mapped.add(column);
  }
  return mapped;
}

function hasRequired(kind: RecordFileName, mapped: Set<string>): boolean {
  return requiredColumns[kind].every((column) => mapped.has(column));
}

/** The kind a table's header and names point to. `names` are the file's and the sheet's names. */
export function recogniseKind(header: string[], names: { file: string; sheet?: string }): KindRecognition {
  const base = path.basename(names.file).replace(/\.[a-z0-9]+$/i, "");
  const named = (names.sheet !== undefined ? recordFileName(names.sheet) : undefined) ?? recordFileName(base);
  if (named) return { kind: named, why: names.sheet !== undefined && recordFileName(names.sheet) ? fragment("why.namedSheet", { sheet: names.sheet }) : fragment("why.namedFile", { file: path.basename(names.file) }) };

  const scores = recordFiles.map((kind) => {
    const mapped = mappedColumns(kind, header);
    const telling = tellingColumns[kind].filter((column) => mapped.has(column) || header.includes(column));
    return { kind, mapped, telling, fits: hasRequired(kind, mapped) };
  });
  const fitting = scores.filter((score) => score.fits && score.telling.length > 0).sort((a, b) => b.telling.length - a.telling.length);
  if (fitting.length > 0 && (fitting.length === 1 || fitting[0]!.telling.length > fitting[1]!.telling.length)) {
    return { kind: fitting[0]!.kind, why: fragment("why.columns", { columns: fitting[0]!.telling }) };
  }
  // Columns alone do not tell (name, region): the words of the sheet's and the file's names may.
  const candidates = (fitting.length > 0 ? fitting : scores.filter((score) => score.fits)).map((score) => score.kind);
  for (const text of [names.sheet, base]) {
    if (!text) continue;
    const word = nameWords.find(([pattern, kind]) => pattern.test(text) && candidates.includes(kind));
    if (word) return { kind: word[1], why: fragment("why.word", { word: word[0].exec(text)![0] }) };
  }
  const columns = given(header.filter(Boolean).join(", "), 200);
  if (candidates.length === 0) return { problem: fragment("kind.unknown", { columns, kinds: [...recordFiles] }) };
  return { problem: fragment("kind.ambiguous", { kinds: candidates, columns, example: candidates[0]! }) };
}
