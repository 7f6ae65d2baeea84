import type { Request, Response } from "express";
import { GraphQLError } from "graphql";
import { serverBusyCode } from "../api/index.ts";

/**
 * How a file route (an export, the gap list workbook) answers an error of the API underneath, in
 * plain text: busy is 503 with Retry-After, the caller's mistake (an API error with a code) is 400
 * with its message, anything else is 500 with the detail in the log only.
 */
export function sendRouteError(req: Request, res: Response, error: unknown, what: string): void {
  if (error instanceof GraphQLError && error.extensions.code === serverBusyCode) {
    res.status(503).set("Retry-After", String(error.extensions.retryAfterSeconds)).type("text/plain").send(`${error.message}\n`);
    return;
  }
  if (error instanceof GraphQLError && error.extensions.code !== undefined) {
    res.status(400).type("text/plain").send(`${error.message}\n`);
    return;
  }
  req.log?.error({ err: error }, `${what} failed`);
  res.status(500).type("text/plain").send(`The ${what} failed; see the server log.\n`);
}
