import type { RequestHandler } from "express";
import { jwtVerify } from "jose";
import { forbiddenMessage, unauthenticatedMessage } from "../graphql/index.ts";
import { sendJsonError } from "./json-errors.ts";

/** Who an editor's request is from: the token's subject, as recorded on what they change. */
export interface Editor {
  subject: string;
}

export type TokenCheck = { editor: Editor } | { status: 401 | 403; code: "UNAUTHENTICATED" | "FORBIDDEN"; message: string };

/**
 * The check the GraphQL write API makes (@authentication with roles including "editor", HS256 with
 * ATLAS_JWT_SECRET), for the plain HTTP routes that write: the same tokens work for both, and a
 * refusal reads the same. Without a secret no token can verify, so every request is refused.
 */
export async function checkEditorToken(authorization: string | undefined, secret: string | undefined): Promise<TokenCheck> {
  const unauthenticated = { status: 401, code: "UNAUTHENTICATED", message: unauthenticatedMessage } as const;
  const token = authorization?.replace(/^Bearer\s+/i, "").trim();
  if (!secret || !token) return unauthenticated;
  let payload;
  try {
    ({ payload } = await jwtVerify(token, new TextEncoder().encode(secret), { algorithms: ["HS256"] }));
  } catch {
    return unauthenticated;
  }
  const roles = Array.isArray(payload.roles) ? payload.roles : [];
  if (!roles.includes("editor")) return { status: 403, code: "FORBIDDEN", message: forbiddenMessage };
  return { editor: { subject: typeof payload.sub === "string" && payload.sub !== "" ? payload.sub : "editor" } };
}

/** Refuses a request without an editor's token (401, or 403 for a token without the role); sets res.locals.editor otherwise. */
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
