import type { IdentityCodeProblem, RecordFileName, RecordIssueParams } from "../../model/index.ts";
import type { RegionProblemMessage } from "../../regions/index.ts";

/**
 * Every problem and note of an import as a message code and the values it shows, so that it can be
 * worded in the reader's language (en.ts, zh.ts) and read by programs (ImportPreview.problemDetails).
 * A code's values are what its words need; a value may itself be a message without a place (a
 * fragment: where a conflicting organisation is, why a table was taken as its kind, a long value
 * shortened), worded in the same language.
 */

/** The languages messages are worded in. */
export type Locale = "en" | "zh";
export const locales: readonly Locale[] = ["en", "zh"];

/** A value as the file gave it: itself, or its start and length when it is long (a 5 MB cell). */
export type GivenText = string | Fragment<"excerpt">;

/** An organisation a row matches: a row of this run, or one in the database. */
export type Place = Fragment<"place.row" | "place.database">;

/** The labels organisations carry. */
export type OrganizationLabel = "Institution" | "Enterprise" | "Government";

/** What an id names, for duplicate ids and references nothing defines. */
export type Noun = "organisation" | "source" | "chain" | "segment" | "agreement" | "alliance" | "industryChain" | "chainSegment" | "chainTarget";

/** A value of a row: its column (canonical name) and the value as written. */
type RowValue = {
  field: string;
  given: GivenText;
};

/** The values of a code carried by a record schema's issue (model/records.ts), with the row's column and value. */
type IssueValues<C extends RecordIssueParams["code"]> = RowValue & (Extract<RecordIssueParams, { code: C }> extends { values: infer V extends object } ? V : Record<never, never>);

/** Every message code, with the values it shows. */
export interface MessageValues {
  // Fragments: parts of other messages.
  excerpt: { start: string; length: number };
  "place.row": { where: string; id: string };
  "place.database": { id: string };
  noRegion: Record<string, never>;
  "why.columns": { columns: string[] };
  "why.word": { word: string };
  "why.namedSheet": { sheet: string };
  "why.namedFile": { file: string };
  "why.moeRegister": Record<string, never>;
  "why.jsonArray": { name: string };
  "why.sameCode": { code: string };
  "why.sameId": Record<string, never>;
  "why.sameName": Record<string, never>;
  "difference.region": { there: string; here: string };
  "difference.nameZh": { there: string; here: string };
  "difference.code": { there: string; here: string };

  // Files.
  "file.unknownType": Record<string, never>;
  "file.skippedUnknown": Record<string, never>;
  "file.readmeSkipped": Record<string, never>;
  "file.unreadable": { detail: string };
  "file.encoding": { encoding: string };
  "csv.unreadable": { detail: string };
  /** A quoted cell never closed (csv-parse's CSV_QUOTE_NOT_CLOSED); `detail` is its words. */
  "csv.quoteNotClosed": { detail: string };
  /** A quote where a cell cannot have one (CSV_INVALID_CLOSING_QUOTE, INVALID_OPENING_QUOTE…). */
  "csv.misplacedQuote": { detail: string };
  "workbook.noSheet": Record<string, never>;
  "workbook.tooLarge": { size: string; limit: string };
  "workbook.notWorkbook": Record<string, never>;
  "workbook.unreadable": { detail: string };
  "workbook.inexactNumber": { cell: string; shown: string };
  "json.invalid": { detail: string };
  "json.notAnObject": { kinds: string[] };
  "json.unknownKey": { kinds: string[] };
  "json.notAnArray": Record<string, never>;
  "json.recordNotAnObject": Record<string, never>;
  "json.nestedValue": Record<string, never>;
  "json.badValue": Record<string, never>;
  "article.found": { organizations: number; agreements: number };
  "article.tooManyBytes": { size: number; limit: number };
  "article.tooManyChars": { length: number; limit: number };
  "article.tooDeep": { depth: number };

  // Tables: their header, kind and columns.
  "table.titleRows": { line: number; title: GivenText };
  "table.moeRegister": Record<string, never>;
  "table.readAs": { kind: RecordFileName; why: Fragment<"why.columns" | "why.word" | "why.namedSheet" | "why.namedFile"> };
  "table.sectionHeadings": Record<string, never>;
  "kind.unknown": { columns: GivenText; kinds: string[] };
  "kind.ambiguous": { kinds: RecordFileName[]; columns: GivenText; example: string };
  "column.mappedToUnknown": { header: string; column: string; kind: RecordFileName; known: string[] };
  "column.missingRequired": { columns: string[]; header: GivenText };
  "column.ignored": { columns: string[] };

  // Values of a row.
  "value.missing": { field: string };
  /** One of zod's own issues (too long, not one of a list…): `reason` is zod's message in the parse's locale. */
  "value.zod": RowValue & { reason: string };
  "value.idCharacters": IssueValues<"value.idCharacters">;
  "value.notADate": IssueValues<"value.notADate">;
  "value.notWholeNumber": IssueValues<"value.notWholeNumber">;
  "value.noParty": IssueValues<"value.noParty">;
  "value.notAnIdentityCode": IssueValues<"value.notAnIdentityCode">;
  "code.creditLength": IssueValues<"code.creditLength">;
  "code.creditCharacter": IssueValues<"code.creditCharacter">;
  "code.creditRegion": IssueValues<"code.creditRegion">;
  "code.creditCheck": IssueValues<"code.creditCheck">;
  "code.schoolLength": IssueValues<"code.schoolLength">;
  "code.schoolProvince": IssueValues<"code.schoolProvince">;

  // Regions (server/regions' regionProblem): candidates are region codes, described in the reader's language.
  "region.ambiguous": RegionProblemMessage["values"];
  "region.unknown": RegionProblemMessage["values"];
  "region.unknownSuggest": RegionProblemMessage["values"];
  "region.unknownCode": RegionProblemMessage["values"];
  "region.unknownCodeSuggest": RegionProblemMessage["values"];

  // Organisations: who is who (resolve-entities.ts).
  "org.conflict": { name: string; matches: Place; differences: Difference[] };
  "org.conflictKept": { name: string; matches: Place; differences: Difference[] };
  "org.conflictReplaced": { name: string; matches: Place; differences: Difference[] };
  "org.conflictSeparated": { name: string; matches: Place; differences: Difference[] };
  "org.merged": { name: string; target: Place; why: Fragment<"why.sameCode" | "why.sameId" | "why.sameName"> };
  "org.codeOfOtherLabel": { code: string; owner: OrganizationLabel; target: Place; label: OrganizationLabel };
  "org.codeIdentifiesOther": { code: string; target: Place };
  "org.idTaken": { id: string; name: string; region: string | Fragment<"noRegion">; rowName: string; newId: string };
  "org.idOfOtherLabel": { id: string; owner: OrganizationLabel; label: OrganizationLabel };
  "org.ambiguousName": { name: string; candidates: Place[] };
  "org.labelMismatch": { name: string; target: Place; there: OrganizationLabel; here: OrganizationLabel };

  // References and ids.
  "ref.resolved": { field: string; given: GivenText; id: string; more: number };
  "ref.ambiguous": { field: string; given: GivenText; candidates: string[] };
  "ref.unknown": { field: string; target: Noun; id: GivenText };
  "id.duplicate": { what: Noun; id: string; first: string };

  // Agreements.
  "agreement.asEvidence": { type: string; id: string };
  "agreement.overruled": { id: string };
}

export type MessageCode = keyof MessageValues;

/** A message without a place: a part of another message. */
export type Fragment<C extends MessageCode = MessageCode> = { [K in C]: { code: K; values: MessageValues[K] } }[C];

/** One fact of a row that disagrees with the organisation it matches. */
export type Difference = Fragment<"difference.region" | "difference.nameZh" | "difference.code">;

/**
 * A problem or a note: where (file:line, file:sheet:row, file:path as formatOrigin gives it; a file
 * or a table for a note about all of it; "" when it has no place), its code and its values.
 */
export type Message<C extends MessageCode = MessageCode> = { [K in C]: { where: string; code: K; values: MessageValues[K] } }[C];

/** A value a template shows: text, a number, a fragment, or a list of them. */
export type MessageValue = string | number | Fragment | readonly MessageValue[] | undefined;

/**
 * How a value is shown in a placeholder, `{name:format}`: as a column's name (`field`), a kind of
 * record (`kind`), an organisation's label (`label`, `aLabel` with its article in English), a noun
 * (`noun`), an agreement type (`agreementType`), a region's code described (`region`), quoted
 * (`quoted`), a grouped number (`count`); a list joined by `or` or `semi` (`;`), else as a list.
 */
export type ValueFormat = "field" | "kind" | "label" | "aLabel" | "noun" | "agreementType" | "region" | "quoted" | "count" | "or" | "semi";

/** What a template function may use: the language, and a value shown as a placeholder would show it. */
export interface Formatter {
  locale: Locale;
  show(value: MessageValue, ...formats: ValueFormat[]): string;
}

/** A message's words: text with `{name}` or `{name:format}` placeholders, or a function of its values where grammar needs one. */
export type Template<V> = string | ((values: V, format: Formatter) => string);

/** Every code's words in one language: a code missing from a language fails the type check. */
export type Catalogue = { readonly [C in MessageCode]: Template<MessageValues[C]> };

// The codes that model/ and regions/ raise must be codes here (their values are taken from theirs above).
type Uncovered<Raised extends { code: string }> = Exclude<Raised["code"], MessageCode>;
export const modelCodesAreCovered: [Uncovered<RecordIssueParams | IdentityCodeProblem | RegionProblemMessage>] extends [never] ? true : false = true;
