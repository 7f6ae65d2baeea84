import path from "node:path";
import type { TablePreviewJson } from "../../contract/import-api.ts";
import { isArticleFile } from "../extract/index.ts";
import { articleRecords } from "./article-records.ts";
import { sharedRegionResolver } from "../regions/index.ts";
import { canonicalColumn } from "./column-names.ts";
import { decodeText } from "../text/index.ts";
import { tableLayout, valuesByHeader, type TableLayout } from "./find-header.ts";
import { readPaths, type ImportFile } from "./import-files.ts";
import { localId, listColumns } from "./local-ids.ts";
import { isMoeRegister, moeRowsToInstitutions } from "./moe-register.ts";
import { emptyRecordSet, formatOrigin, knownColumns, recordFiles, recordSchemas, requiredColumns, type RecordFileName, type RecordIssueParams, type RecordSet } from "../model/index.ts";
import { fragment, given, message, renderMessages, wording, zodErrorMap, type Locale, type Message } from "./messages/index.ts";
import { RecordFileError, type SourceRow } from "./source-row.ts";
import { readJson } from "./read-json.ts";
import { isWorkbookFile } from "./read-workbook.ts";
import { recogniseKind } from "./recognise-kind.ts";
import { csvTable, workbookTables, type Table } from "./table.ts";

export { expandPaths } from "./import-files.ts";

/** A person's choice for one table (a CSV file, or one sheet of a workbook), keyed by TablePreview.key. */
export interface TableChoice {
  /** Overrides the recognised kind. */
  kind?: RecordFileName;
  /** Header as written → canonical column (null = ignore that column); headers not named here are guessed. */
  columns?: Record<string, string | null>;
}

/** What was read from one table: what the mapping step shows. key = "file" for CSV, "file:sheet" for a sheet. */
/** One table read (a sheet, or a CSV file), as the import view shows it (contract/import-api.ts). */
export type TablePreview = TablePreviewJson;

export interface ReadResult {
  records: RecordSet;
  /** Every problem, at file:line (file:sheet:row, file:path); any problem means nothing may be written. */
  problems: Message[];
  /** Things worth telling that are not wrong: ignored columns, encodings detected. */
  notes: Message[];
  /** Files passed over (a folder's README, or unknown files with skipUnknown), each said why in the notes. */
  skipped: string[];
  /** Each table read (a CSV file, a sheet, a JSON file's array): its kind and column mapping. */
  tables: TablePreview[];
}

/** A read with its problems and notes as text, "file:line: message". */
export type ReadText = Omit<ReadResult, "problems" | "notes"> & { problems: string[]; notes: string[] };

export interface ReadOptions {
  /** Pass over files that are neither record files nor articles instead of failing the run. */
  skipUnknown?: boolean;
  /** People's choices of kind and columns, by TablePreview.key. */
  choices?: Record<string, TableChoice>;
  /** The language of zod's issues and of each table's `why` (default English). */
  locale?: Locale;
}

interface RowGroup {
  name: RecordFileName;
  shown: string;
  /** A table's rows are made one at a time as they are validated: a national file's million value objects never exist together. */
  rows: SourceRow[] | (() => Iterable<SourceRow>);
  header?: string[];
  /** The file and sheet the rows' own ids are local to (DESIGN.md, "Identity"). */
  dataset?: string;
  /** The table's preview, whose column mapping addGroup fills in. */
  table?: TablePreview;
  /** Headers the person mapped themselves. */
  columns?: Record<string, string | null>;
}

/**
 * Reads and checks every row of every record file under the paths given (folders expanded), with
 * the problems and notes as text ("file:line: message") in the options' language.
 */
export function readRecords(paths: string[], displayRoot = process.cwd(), options: ReadOptions = {}): ReadText {
  const locale = options.locale ?? "en";
  const fromPaths = readPaths(paths, displayRoot);
  const result = readFiles(fromPaths.files, options);
  return { ...result, skipped: [...fromPaths.skipped, ...result.skipped], problems: renderMessages(result.problems, locale), notes: renderMessages([...fromPaths.notes, ...result.notes], locale) };
}

/** Reads and checks every row of every file (in memory); problems are collected, never thrown one at a time. */
export function readFiles(files: ImportFile[], options: ReadOptions = {}): ReadResult {
  const result: ReadResult = { records: emptyRecordSet(), problems: [], notes: [], skipped: [], tables: [] };
  const groups: RowGroup[] = [];
  const articles: { shown: string; bytes: Uint8Array }[] = [];
  for (const { name: shown, bytes } of files) {
    if (isArticleFile(shown)) {
      articles.push({ shown, bytes });
      continue;
    }
    if (!isRecordFile(shown)) {
      if (options.skipUnknown) {
        result.skipped.push(shown);
        result.notes.push(message(shown, "file.skippedUnknown"));
      } else {
        result.problems.push(message(formatOrigin({ file: shown }), "file.unknownType"));
      }
      continue;
    }
    try {
      groups.push(...readRecordFile(shown, bytes, result, options));
    } catch (error) {
      if (error instanceof RecordFileError) result.problems.push(error.problem);
      else result.problems.push(message(formatOrigin({ file: shown }), "file.unreadable", { detail: (error as Error).message }));
    }
  }
  // Dependency order: parties before the agreements that name them, whatever the file names.
  groups.sort((a, b) => recordFiles.indexOf(a.name) - recordFiles.indexOf(b.name));
  for (const group of groups) addGroup(result, group, options.locale ?? "en");
  if (articles.length > 0) {
    // Articles come after the record files, so a fact they add attaches to records already read.
    const fromArticles = articleRecords(articles);
    for (const name of recordFiles) (result.records[name] as unknown[]).push(...fromArticles.records[name]);
    result.notes.push(...fromArticles.notes);
    result.problems.push(...fromArticles.problems);
  }
  return result;
}

function isRecordFile(file: string): boolean {
  return /\.(csv|json)$/i.test(file) || isWorkbookFile(file);
}

function readRecordFile(shown: string, bytes: Uint8Array, result: ReadResult, options: ReadOptions): RowGroup[] {
  if (/\.json$/i.test(shown)) {
    const { text } = decodeText(bytes);
    return readJson(shown, text).map(({ name, rows }) => {
      const table: TablePreview = { key: `${shown}:${name}`, file: shown, kind: name, why: wording(fragment("why.jsonArray", { name }), options.locale ?? "en"), header: [], columns: {}, knownColumns: knownColumns[name], rows: rows.length, headerLine: 1, titleRows: [] };
      result.tables.push(table);
      return { name, shown, rows, table };
    });
  }
  let tables: Table[];
  if (isWorkbookFile(shown)) {
    tables = workbookTables(shown, bytes);
    if (tables.length === 0) result.problems.push(message(formatOrigin({ file: shown }), "workbook.noSheet"));
  } else {
    const { text, encoding } = decodeText(bytes);
    if (encoding !== "utf-8") result.notes.push(message(shown, "file.encoding", { encoding: encoding.toUpperCase() }));
    tables = [csvTable(shown, text)];
  }
  return tables.flatMap((table) => {
    const layout = tableLayout(table);
    return layout ? tableGroup(table, layout, result, options) : [];
  });
}

/** The rows of one CSV file or sheet, as the kind of records its columns (or the person) say. */
function tableGroup(table: Table, layout: TableLayout, result: ReadResult, options: ReadOptions): RowGroup[] {
  const locale = options.locale ?? "en";
  const where = table.sheet === undefined ? table.file : `${table.file}:${table.sheet}`;
  const choice = options.choices?.[where] ?? {};
  const dataset = path.basename(table.file).replace(/\.[a-z0-9]+$/i, "") + (table.sheet === undefined ? "" : `/${table.sheet}`);
  const preview: TablePreview = {
    key: where,
    file: table.file,
    ...(table.sheet === undefined ? {} : { sheet: table.sheet }),
    header: layout.header,
    columns: {},
    knownColumns: [],
    rows: layout.rows.length,
    headerLine: layout.headerAt.line ?? 1,
    titleRows: layout.titleRows,
  };
  result.tables.push(preview);
  if (layout.titleRows.length > 0) {
    result.notes.push(message(where, "table.titleRows", { line: layout.headerAt.line ?? 1, title: given(layout.titleRows.join(" / "), 120) }));
  }
  const toRow = (row: (typeof layout.rows)[number]) => ({ at: row.at, values: valuesByHeader(layout.header, row.cells), heading: row.heading });
  if ((choice.kind === undefined || choice.kind === "institutions") && choice.columns === undefined && isMoeRegister(layout.header)) {
    result.notes.push(message(where, "table.moeRegister"));
    Object.assign(preview, { kind: "institutions", why: wording(fragment("why.moeRegister"), locale), knownColumns: knownColumns.institutions });
    for (const h of layout.header) if (h) preview.columns[h] = null;
    return [{ name: "institutions", shown: where, rows: moeRowsToInstitutions(layout.rows.map(toRow), layout.header, sharedRegionResolver()), dataset }];
  }
  const recognised = choice.kind ? { kind: choice.kind, why: "chosen" as const } : recogniseKind(layout.header, { file: table.file, sheet: table.sheet });
  if (recognised.kind === undefined) {
    result.problems.push(message(formatOrigin(layout.headerAt), recognised.problem.code, recognised.problem.values as never));
    for (const h of layout.header) if (h) preview.columns[h] = null;
    return [];
  }
  const why = recognised.why;
  Object.assign(preview, { kind: recognised.kind, why: why === "chosen" ? why : wording(why, locale), knownColumns: knownColumns[recognised.kind] });
  if (why !== "chosen" && why.code !== "why.namedSheet" && why.code !== "why.namedFile") result.notes.push(message(where, "table.readAs", { kind: recognised.kind, why }));
  if (layout.rows.some((row) => row.heading !== undefined)) {
    result.notes.push(message(where, "table.sectionHeadings"));
  }
  const rows = function* () {
    for (const row of layout.rows) yield toRow(row);
  };
  return [{ name: recognised.kind, shown: where, rows, header: layout.header, dataset, table: preview, columns: choice.columns }];
}

/** Maps headers to canonical columns, checks required ones, and validates each row. */
function addGroup(result: ReadResult, { name, shown, rows, header, dataset, table, columns: chosen = {} }: RowGroup, locale: Locale): void {
  const headers = (header ?? (Array.isArray(rows) ? [...new Set(rows.flatMap((row) => Object.keys(row.values)))] : [])).filter(Boolean);
  const mapping = new Map<string, string>();
  const ignored: string[] = [];
  // The person's mapping first, so a column they chose wins over a guess for the same column.
  for (const [h, column] of Object.entries(chosen)) {
    if (!headers.includes(h)) continue;
    if (column === null) ignored.push(h);
    else if (!knownColumns[name].includes(column)) result.problems.push(message(`${shown}:1`, "column.mappedToUnknown", { header: h, column, kind: name, known: knownColumns[name] }));
    else mapping.set(h, column);
  }
  for (const h of headers) {
    if (h in chosen) continue;
    const column = canonicalColumn(name, h, knownColumns[name]);
    // A list may gather several columns (学校名称 and 合作企业 are both parties); other columns are read once.
    if (column && (listColumns.has(column) || ![...mapping.values()].includes(column))) mapping.set(h, column);
    else ignored.push(h);
  }
  if (table) for (const h of headers) table.columns[h] = mapping.get(h) ?? null;
  const hasId = [...mapping.values()].includes("id");
  if (header) {
    const missing = requiredColumns[name].filter((column) => ![...mapping.values()].includes(column));
    if (missing.length > 0) {
      result.problems.push(message(`${shown}:1`, "column.missingRequired", { columns: missing, header: given(header.join(", "), 200) }));
      return;
    }
  }
  if (ignored.length > 0) result.notes.push(message(shown, "column.ignored", { columns: ignored }));
  const error = zodErrorMap(locale);
  const schema = recordSchemas[name];
  const target = result.records[name] as unknown[];
  for (const row of Array.isArray(rows) ? rows : rows()) {
    const values: Record<string, string | string[]> = {};
    for (const [h, value] of Object.entries(row.values)) {
      const column = mapping.get(h);
      if (!column) continue;
      const previous = values[column];
      values[column] = previous === undefined ? value : [...[previous].flat().flatMap(splitList), ...[value].flat().flatMap(splitList)];
    }
    if (!hasId && values.id === undefined && dataset !== undefined) {
      const id = localId(name, values, dataset, row.at);
      if (id) values.id = id;
    }
    delete values.rowNumber;
    // zod's own issues in the import's language; the schemas' own checks carry message codes (model/records.ts).
    const parsed = schema.safeParse(values, { error });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path.map(String).join(".") || "row";
        const value = values[String(issue.path[0])];
        const where = formatOrigin(row.at);
        if (value === undefined) {
          result.problems.push(message(where, "value.missing", { field }));
          continue;
        }
        const shownValue = given(String(value));
        const params = issue.code === "custom" ? (issue.params as RecordIssueParams | undefined) : undefined;
        result.problems.push(
          params
            ? (message(where, params.code, { field, given: shownValue, ...params.values } as never) as Message)
            : message(where, "value.zod", { field, given: shownValue, reason: issue.message }),
        );
      }
      continue;
    }
    // zod's output is a new object of its own: it takes the row's place as is, not copied again.
    (parsed.data as { at?: unknown }).at = row.at;
    target.push(parsed.data);
  }
}

/** The "|"-separated items of a list cell, as the record schemas split them. */
function splitList(value: string): string[] {
  return value.split("|").map((item) => item.trim()).filter(Boolean);
}
