import {
  conflictDecisionValues,
  importKinds,
  importLocales,
  maxImportFileBytes,
  megabytesText,
  type ConflictDecisionValue,
  type ImportLocale,
  type TableChoicePayload,
} from "../../contract/import-api.ts";

/** A file of an import request, decoded. */
export interface DecodedFile {
  name: string;
  bytes: Uint8Array;
}

export interface ImportRequest {
  files: DecodedFile[];
  choices: Record<string, TableChoicePayload>;
  decisions: Record<string, ConflictDecisionValue>;
  /** The language of the answer's messages: the body's `locale`, else Accept-Language's, else English. */
  locale: ImportLocale;
}

export type ReadImportRequest = { request: ImportRequest } | { status: 400 | 413; problem: string };

/** The most files one import takes: a folder's worth. */
export const maxImportFiles = 100;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The language an Accept-Language header prefers among those messages are worded in: the first by
 * weight (q) that is Chinese (zh, zh-CN, zh-Hans…) or English; undefined when it names neither.
 */
export function acceptedLocale(header: string | undefined): ImportLocale | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(",")
    .map((part, order) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((param) => /^\s*q=([\d.]+)\s*$/i.exec(param)?.[1]).find((value) => value !== undefined);
      return { tag: tag.trim().toLowerCase(), q: q === undefined ? 1 : Number(q), order };
    })
    .filter((entry) => entry.q > 0 && Number.isFinite(entry.q))
    .sort((a, b) => b.q - a.q || a.order - b.order);
  for (const { tag } of ranked) {
    const language = tag.split("-")[0];
    if (language === "zh" || language === "en") return language;
  }
  return undefined;
}

/**
 * The body of POST /api/import/preview and /commit ({ files: [{ name, base64 }], choices, decisions,
 * locale }), checked and decoded, or what is wrong with it in words a script's author can act on. Only
 * a file's own name is kept (no folders): it is what messages show, as file:sheet:row. The answer's
 * language is the body's `locale`, else the request's Accept-Language, else English.
 */
export function readImportRequest(body: unknown, acceptLanguage?: string): ReadImportRequest {
  const bad = (problem: string) => ({ status: 400 as const, problem });
  if (!isObject(body)) return bad("The body must be a JSON object { files: [{ name, base64 }], choices, decisions }.");
  if (!Array.isArray(body.files) || body.files.length === 0) return bad("files must be a list of at least one { name, base64 }.");
  if (body.files.length > maxImportFiles) return bad(`An import takes at most ${maxImportFiles} files; this one has ${body.files.length}.`);
  const files: DecodedFile[] = [];
  let total = 0;
  for (const [i, file] of body.files.entries()) {
    if (!isObject(file) || typeof file.name !== "string" || typeof file.base64 !== "string") return bad(`files[${i}] must be { name, base64 } with two strings.`);
    const name = file.name.split(/[\\/]/).pop()!.trim();
    if (name === "" || name.length > 255 || [...name].some((c) => c.charCodeAt(0) < 32)) return bad(`files[${i}].name must be a file name of 1 to 255 characters.`);
    const base64 = file.base64.replace(/\s+/g, "");
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64) || base64.length % 4 === 1) return bad(`files[${i}].base64 (${name}) is not base64.`);
    const bytes = new Uint8Array(Buffer.from(base64, "base64"));
    total += bytes.byteLength;
    if (total > maxImportFileBytes) {
      return { status: 413, problem: `The files are over the import limit of ${megabytesText(maxImportFileBytes)} in all (maxImportFileBytes); import them in parts, or save large workbooks as CSV.` };
    }
    files.push({ name, bytes });
  }

  const choices: Record<string, TableChoicePayload> = {};
  if (body.choices !== undefined && body.choices !== null) {
    if (!isObject(body.choices)) return bad("choices must be an object keyed by table (file, or file:sheet).");
    for (const [key, choice] of Object.entries(body.choices)) {
      if (!isObject(choice)) return bad(`choices["${key}"] must be { kind, columns }.`);
      const made: TableChoicePayload = {};
      if (choice.kind !== undefined && choice.kind !== null) {
        if (typeof choice.kind !== "string" || !(importKinds as readonly string[]).includes(choice.kind)) return bad(`choices["${key}"].kind must be one of ${importKinds.join(", ")}.`);
        made.kind = choice.kind as TableChoicePayload["kind"];
      }
      if (choice.columns !== undefined && choice.columns !== null) {
        if (!isObject(choice.columns)) return bad(`choices["${key}"].columns must map each header to a column, or to null to ignore it.`);
        const columns: Record<string, string | null> = {};
        for (const [header, column] of Object.entries(choice.columns)) {
          if (column !== null && typeof column !== "string") return bad(`choices["${key}"].columns["${header}"] must be a column's name or null.`);
          columns[header] = column;
        }
        made.columns = columns;
      }
      choices[key] = made;
    }
  }

  const decisions: Record<string, ConflictDecisionValue> = {};
  if (body.decisions !== undefined && body.decisions !== null) {
    if (!isObject(body.decisions)) return bad("decisions must be an object keyed by a conflict's place (file:sheet:row).");
    for (const [where, decision] of Object.entries(body.decisions)) {
      if (typeof decision !== "string" || !(conflictDecisionValues as readonly string[]).includes(decision)) {
        return bad(`decisions["${where}"] must be one of ${conflictDecisionValues.join(", ")}.`);
      }
      decisions[where] = decision as ConflictDecisionValue;
    }
  }
  let locale: ImportLocale = acceptedLocale(acceptLanguage) ?? "en";
  if (body.locale !== undefined && body.locale !== null) {
    if (typeof body.locale !== "string" || !(importLocales as readonly string[]).includes(body.locale)) return bad(`locale must be one of ${importLocales.join(", ")}.`);
    locale = body.locale as ImportLocale;
  }
  return { request: { files, choices, decisions, locale } };
}
