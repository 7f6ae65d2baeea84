import type { RequestHandler } from "express";
import { checkEditorToken, type Editor } from "../graphql/index.ts";
import { sendJsonError } from "./json-errors.ts";

export type { Editor };

/**
 * Refuses a request without an editor's token (401 naming what is wrong with it, or 403 for a token
 * without the role); sets res.locals.editor otherwise. The check is the GraphQL write API's
 * (server/graphql/editor-token.ts): the same tokens work for both, and a refusal reads the same.
 */
export function requireEditor(secret: string | undefined): RequestHandler {
  return async (req, res, next) => {
    const check = await checkEditorToken(req.headers.authorization, secret);
    if ("editor" in check) {
      res.locals.editor = check.editor;
      next();
      return;
    }
    if (check.status === 401) res.set("WWW-Authenticate", 'Bearer realm="atlas"');
    sendJsonError(res, check.status, check.code, check.message);
  };
}
