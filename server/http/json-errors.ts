import type { ErrorRequestHandler, Response } from "express";
import type { Logger } from "../logger.ts";

/**
 * An error answered by the HTTP layer, in the shape of a GraphQL response's errors: the dashboard
 * and GraphiQL show `errors[].message` whatever the status, and scripts read the same JSON.
 */
export function sendJsonError(res: Response, status: number, code: string, message: string, extensions: Record<string, unknown> = {}): void {
  res.status(status).json({ errors: [{ message, extensions: { code, ...extensions } }] });
}

/** The largest request body /graphql reads: a query with its variables is a few kilobytes. */
export const maxRequestBytes = 1024 * 1024;

interface BodyParserError {
  type?: string;
  status?: number;
  expose?: boolean;
  message?: string;
}

/**
 * Errors thrown before a handler answers (body too large, malformed JSON, an unexpected throw)
 * as JSON with a message saying what to change, instead of Express's HTML page, which in
 * development also shows the stack.
 */
export function jsonErrors(logger: Logger): ErrorRequestHandler {
  return (error: BodyParserError, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    switch (error.type) {
      case "entity.too.large":
        // Answered before the rest of the body has arrived: closing the connection spares
        // receiving it, and keeps the client from reusing a connection still mid-upload.
        res.set("Connection", "close");
        sendJsonError(res, 413, "PAYLOAD_TOO_LARGE", `The request body is over the limit of 1 MB (${maxRequestBytes} bytes); send a shorter query or fewer variables.`, {
          limit: "maxRequestBytes",
        });
        return;
      case "entity.parse.failed":
        sendJsonError(res, 400, "BAD_REQUEST", `The request body is not valid JSON: ${error.message ?? "it could not be parsed"}.`);
        return;
    }
    const status = error.status ?? 500;
    if (status >= 400 && status < 500) {
      sendJsonError(res, status, "BAD_REQUEST", error.expose && error.message ? error.message : "The request could not be read.");
      return;
    }
    logger.error({ err: error, url: req.originalUrl }, "request failed");
    sendJsonError(res, 500, "INTERNAL_SERVER_ERROR", "The server failed to answer this request; the error is in its log.");
  };
}
