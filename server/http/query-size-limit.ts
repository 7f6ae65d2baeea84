import type { NextFunction, Request, Response } from "express";
import { sendJsonError } from "./json-errors.ts";

/** The query text of a /graphql request: the body's `query` (POST) or the URL's (GET). */
function queryText(req: Request): unknown {
  if (req.method === "GET") return req.query.query;
  return (req.body as { query?: unknown } | undefined)?.query;
}

/**
 * Refuses a query text longer than `maxQueryBytes` (ApiLimits) before anything parses, caches or
 * answers it: 413 with the limit named. The token limit does not count comments, so without this a
 * megabyte of comment passed every limit, and each distinct text was parsed and kept.
 */
export function queryTextLimit(maxQueryBytes: number) {
  return (req: Request, res: Response, next: NextFunction) => {
    const text = queryText(req);
    const texts = Array.isArray(text) ? text : [text];
    const bytes = texts.reduce<number>((sum, one) => sum + (typeof one === "string" ? Buffer.byteLength(one) : 0), 0);
    if (bytes > maxQueryBytes) {
      sendJsonError(
        res,
        413,
        "QUERY_TOO_LARGE",
        `The query text is ${bytes} bytes, over the limit of ${maxQueryBytes} bytes (maxQueryBytes); comments count too. Send a shorter query, with values in variables.`,
        { limit: "maxQueryBytes" },
      );
      return;
    }
    next();
  };
}
