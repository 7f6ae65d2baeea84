// The import routes' contract (/api/import/…): what the browser sends and what the server answers,
// shared by server/http/import-routes.ts and client/src/import/. The shapes are those of
// server/ingest/imports.ts as JSON (its changesets, tables and record changes are these types); the
// route checks at compile time that the server's whole answer fits.

/** The record kinds, in the order a folder is read (DESIGN.md, "Records"); server/model's recordFiles. */
export const importKinds = ["sources", "institutions", "enterprises", "governments", "chains", "segments", "agreements", "alliances"] as const;
export type ImportKind = (typeof importKinds)[number];

export const conflictDecisionValues = ["keep", "replace", "separate"] as const;

/** The languages an import's problems and notes are worded in (server/ingest/messages). */
export const importLocales = ["en", "zh"] as const;
export type ImportLocale = (typeof importLocales)[number];
export type ConflictDecisionValue = (typeof conflictDecisionValues)[number];

/**
 * The most file bytes one import takes, all files together. The files travel as base64 inside JSON,
 * a third larger, so the route's body limit (maxImportBodyBytes) is set above it; the browser refuses
 * a larger choice before sending anything, naming this limit.
 */
export const maxImportFileBytes = 18 * 1024 * 1024;
/** The import routes' request body limit: the files above as base64 (4/3 of their size) and the choices. Every other route keeps 1 MB. */
export const maxImportBodyBytes = 25 * 1024 * 1024;

/** "18 MB": a limit as the messages name it. */
export function megabytesText(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

/** The files a user may give: workbooks, CSV, JSON records, and articles. */
export const importFileExtensions = [".xlsx", ".xls", ".csv", ".json", ".txt", ".md", ".html"] as const;

export interface ImportFilePayload {
  name: string;
  /** The file's bytes, base64. */
  base64: string;
}

/** A person's choice for one table, by TablePreview.key: another kind, or another mapping of its columns. */
export interface TableChoicePayload {
  kind?: ImportKind;
  /** Header as written → canonical column (null ignores that column). */
  columns?: Record<string, string | null>;
}

/** The body of POST /api/import/preview and /api/import/commit. */
export interface ImportRequestBody {
  files: ImportFilePayload[];
  choices?: Record<string, TableChoicePayload>;
  /** By Conflict.where. */
  decisions?: Record<string, ConflictDecisionValue>;
  /** The language of the answer's problems, notes and conflicts; without it, the request's Accept-Language, else English. */
  locale?: ImportLocale;
}

export interface TablePreviewJson {
  key: string;
  file: string;
  sheet?: string;
  /** The kind as recognised (or chosen), and why, in the import's language ("chosen" when a person chose it); absent when it could not be told. */
  kind?: ImportKind;
  why?: string;
  /** The header row as written. */
  header: string[];
  /** Header → canonical column used (null = ignored). */
  columns: Record<string, string | null>;
  /** The canonical columns this kind accepts (for the mapping dropdowns). */
  knownColumns: string[];
  rows: number;
  headerLine: number;
  titleRows: string[];
}

export interface RecordChangeJson {
  kind: ImportKind;
  id: string;
  name?: string;
  where: string;
  change: "new" | "changed" | "unchanged";
  before?: Record<string, unknown>;
  after: Record<string, unknown>;
}

export interface ConflictJson {
  where: string;
  id: string;
  name: string;
  matches: { id: string; name: string; where: string };
  differences: string[];
}

/** A problem or a note as programs read it: where, a message code with the values it shows, and its words. */
export interface ImportMessageJson {
  /** file:line, file:sheet:row or file:path; a file or table for a note about all of it; "" when it has no place. */
  where: string;
  /** What it is, e.g. "code.creditCheck", "region.ambiguous" (server/ingest/messages/codes.ts lists them). */
  code: string;
  values: Record<string, unknown>;
  /** The words after the place, in the request's language. */
  message: string;
}

/** The answer of POST /api/import/preview (and `preview` of a commit's answer). */
export interface ImportPreviewJson {
  tables: TablePreviewJson[];
  /** Each "file:sheet:row: message" in the request's language; nothing can be committed while there are any. */
  problems: string[];
  notes: string[];
  /** The same problems and notes, each with its code and values (the server always sends them). */
  problemDetails?: ImportMessageJson[];
  noteDetails?: ImportMessageJson[];
  conflicts: ConflictJson[];
  changes: RecordChangeJson[];
  counts: { new: number; changed: number; unchanged: number; conflicts: number };
}

export interface ChangesetJson {
  id: string;
  by: string;
  /** ISO date-time. */
  at: string;
  files: string[];
  counts: { new: number; changed: number; unchanged: number };
  undoneAt?: string;
  undoneBy?: string;
  /** False while a large import is half-way (or was cut short): undo removes what was committed. */
  complete?: boolean;
}

/** The answer of POST /api/import/commit: 200 with the changeset when written, 422 with the preview's problems when not. */
export interface CommitAnswer {
  preview: ImportPreviewJson;
  changeset?: ChangesetJson;
}

/** GET /api/import/changesets */
export interface ChangesetsAnswer {
  changesets: ChangesetJson[];
}

/** Every refusal of the import routes: the JSON errors of the rest of the HTTP API. */
export interface ImportErrorAnswer {
  errors: { message: string; extensions?: { code?: string; limit?: string } }[];
}

export const importRoutes = {
  preview: "/api/import/preview",
  commit: "/api/import/commit",
  changesets: "/api/import/changesets",
  undo: (id: string) => `/api/import/changesets/${encodeURIComponent(id)}/undo`,
  template: (kind: ImportKind) => `/api/import/templates/${kind}.xlsx`,
} as const;
