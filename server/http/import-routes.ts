import express, { type ErrorRequestHandler, type RequestHandler, type Response, type Router } from "express";
import {
  maxImportBodyBytes,
  maxImportFileBytes,
  megabytesText,
  type ChangesetJson,
  type CommitAnswer,
  type ConflictDecisionValue,
  type ImportLocale,
  type ImportPreviewJson,
  type TableChoicePayload,
} from "../../contract/import-api.ts";
import type { Database } from "../db/index.ts";
import { isTemplateKind, templateFileName, templateWorkbook, UndoRefusedError } from "../ingest/index.ts";
import { requireEditor, type Editor } from "./editor-token.ts";
import { readImportRequest, type DecodedFile } from "./import-request.ts";
import { sendJsonError } from "./json-errors.ts";

/** What the routes ask of server/ingest/imports.ts, in the shapes they answer with (contract/import-api.ts). */
export interface ImportService {
  previewImport(database: Database, files: DecodedFile[], options: ImportChoices): Promise<ImportPreviewJson>;
  commitImport(database: Database, files: DecodedFile[], options: ImportChoices & { by: string }): Promise<CommitAnswer>;
  listChangesets(database: Database, limit?: number): Promise<ChangesetJson[]>;
  undoChangeset(database: Database, id: string, by: string): Promise<ChangesetJson>;
}

interface ImportChoices {
  choices?: Record<string, TableChoicePayload>;
  decisions?: Record<string, ConflictDecisionValue>;
  /** The language of the answer's problems, notes and conflicts. */
  locale?: ImportLocale;
}

export interface ImportRoutesOptions {
  database: Database;
  imports: ImportService;
  /** ATLAS_JWT_SECRET: without it every request but a template's is refused, as GraphQL writes are. */
  jwtSecret: string | undefined;
}

const defaultChangesetLimit = 50;
const maxChangesetLimit = 500;

/**
 * The import view's door (mounted at /api/import), for editors only, like the write API:
 *   POST /preview                  what the files would change, written nowhere
 *   POST /commit                   the same, written in one unit of work and recorded as a changeset
 *   GET  /changesets[?limit=50]    the imports, newest first
 *   POST /changesets/:id/undo      an import undone as a whole
 *   GET  /templates/<kind>.xlsx    a blank workbook per record kind (public: it holds no data)
 * Files come as JSON { files: [{ name, base64 }], choices, decisions, locale } under their own body
 * limit, maxImportBodyBytes (25 MB); every other route keeps 1 MB. Problems and notes are worded in
 * the body's locale (en, zh), else in the language Accept-Language prefers, else English.
 */
export function importRoutes({ database, imports, jwtSecret }: ImportRoutesOptions): Router {
  const router = express.Router();
  router.get("/templates/:file", templateRoute);
  // The token is checked before the body is read: a refused request costs no 25 MB parse.
  router.use(requireEditor(jwtSecret));
  const body = express.json({ limit: maxImportBodyBytes });

  router.post("/preview", body, async (req, res) => {
    const read = readImportRequest(req.body, req.get("accept-language"));
    if ("problem" in read) return refuse(res, read.status, read.problem);
    const { files, choices, decisions, locale } = read.request;
    res.json(await imports.previewImport(database, files, { choices, decisions, locale }));
  });

  router.post("/commit", body, async (req, res) => {
    const read = readImportRequest(req.body, req.get("accept-language"));
    if ("problem" in read) return refuse(res, read.status, read.problem);
    const { files, choices, decisions, locale } = read.request;
    const answer = await imports.commitImport(database, files, { choices, decisions, locale, by: editorOf(res).subject });
    // Nothing written: the preview's problems (or undecided conflicts) say what to fix.
    res.status(answer.changeset ? 200 : 422).json(answer);
  });

  router.get("/changesets", async (req, res) => {
    const raw = typeof req.query.limit === "string" ? Number(req.query.limit) : defaultChangesetLimit;
    if (!Number.isInteger(raw) || raw < 1 || raw > maxChangesetLimit) return refuse(res, 400, `limit must be a whole number from 1 to ${maxChangesetLimit}.`);
    res.json({ changesets: await imports.listChangesets(database, raw) });
  });

  router.post("/changesets/:id/undo", async (req, res) => {
    const id = String(req.params.id);
    try {
      res.json({ changeset: await imports.undoChangeset(database, id, editorOf(res).subject) });
    } catch (error) {
      if (!(error instanceof UndoRefusedError)) throw error;
      // Refused: no such import, already undone, or a later import changed the same records (named).
      const unknown = /^there is no import/.test(error.message);
      sendJsonError(res, unknown ? 404 : 409, unknown ? "NOT_FOUND" : "UNDO_REFUSED", `Not undone: ${error.message}.`);
    }
  });

  router.use(importErrors);
  return router;
}

/** Answers every /api/import request when ATLAS_WRITES=off: the routes are absent, and the answer says why. */
export function importRoutesOff(message: string): RequestHandler {
  return (_req, res) => sendJsonError(res, 404, "WRITES_DISABLED", message);
}

const templateRoute: RequestHandler = (req, res) => {
  const kind = /^([a-z]+)\.xlsx$/.exec(String(req.params.file))?.[1] ?? "";
  if (!isTemplateKind(kind)) return refuse(res, 404, `No template of that name: ask for one of /api/import/templates/<kind>.xlsx, kind being institutions, enterprises, agreements, chains, segments, governments, alliances or sources.`);
  res
    .status(200)
    .attachment(templateFileName(kind))
    .type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    .send(Buffer.from(templateWorkbook(kind)));
};

function editorOf(res: Response): Editor {
  return res.locals.editor as Editor;
}

function refuse(res: Response, status: number, message: string): void {
  sendJsonError(res, status, status === 413 ? "PAYLOAD_TOO_LARGE" : status === 404 ? "NOT_FOUND" : "BAD_REQUEST", message, status === 413 ? { limit: "maxImportFileBytes" } : {});
}

interface Neo4jLikeError {
  code?: string;
  message?: string;
  type?: string;
}

/** The import routes' own refusals of a body (over their limit, not JSON); a database gone is 503; the rest goes on to jsonErrors. */
const importErrors: ErrorRequestHandler = (error: Neo4jLikeError, _req, res, next) => {
  if (res.headersSent) return next(error);
  if (error.type === "entity.too.large") {
    res.set("Connection", "close");
    sendJsonError(
      res,
      413,
      "PAYLOAD_TOO_LARGE",
      `The import request is over its limit of ${megabytesText(maxImportBodyBytes)} (maxImportBodyBytes): files of up to ${megabytesText(maxImportFileBytes)} in all, sent as base64. Import the files in parts, or save large workbooks as CSV.`,
      { limit: "maxImportBodyBytes" },
    );
    return;
  }
  const code = error.code ?? "";
  if (code === "ServiceUnavailable" || code === "SessionExpired" || /^Connection acquisition timed out/.test(error.message ?? "")) {
    sendJsonError(res, 503, "DATABASE_UNAVAILABLE", "The database is not answering; nothing was written. Try again once it is back.");
    return;
  }
  next(error);
};
