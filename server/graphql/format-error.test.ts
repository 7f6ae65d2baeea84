import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { badInput, defaultLimits } from "../api/index.ts";
import type { Logger } from "../logger.ts";
import { databaseFailedMessage, formatError } from "./format-error.ts";

const format = formatError(defaultLimits);

/** What formatError sees for a resolver that threw `cause` (the error as unwrapResolverError gives it). */
function fromResolver(cause: Error & { code?: string }) {
  return format({ message: cause.message, path: ["search"], extensions: { code: "INTERNAL_SERVER_ERROR" } }, cause);
}

function driverError(message: string, code: string): Error & { code: string } {
  return Object.assign(new Error(message), { code });
}

describe("formatError for a database that is not there", () => {
  it("says DATABASE_UNAVAILABLE when the database refuses connections or when it hangs and the pool runs dry", () => {
    for (const cause of [
      driverError("Failed to connect to server. Caused by: connect ECONNREFUSED 127.0.0.1:7687", "ServiceUnavailable"),
      driverError("Connection acquisition timed out in 10000 ms. Pool status: Active conn count = 2, Idle conn count = 0.", "N/A"),
    ]) {
      const formatted = fromResolver(cause);
      expect(formatted.extensions?.code, cause.message).toBe("DATABASE_UNAVAILABLE");
      expect(formatted.message).toBe("The database is not answering; the server will reconnect by itself when it is back.");
    }
  });

  it("leaves errors that are not the database's as they are", () => {
    const formatted = fromResolver(new Error("Something the API says"));
    expect(formatted).toEqual({ message: "Something the API says", path: ["search"], extensions: { code: "INTERNAL_SERVER_ERROR" } });
  });
});

describe("formatError for a database that failed on the question", () => {
  const tooManyClauses = "Failed to invoke procedure `db.index.fulltext.queryNodes`: Caused by: org.apache.lucene.search.IndexSearcher$TooManyClauses: maxClauseCount is set to 1024";
  const stacktrace = [`Neo4jError: ${tooManyClauses}`, "    at captureStacktrace (neo4j-driver-core)"];

  function logged() {
    const entries: { level: string; fields: Record<string, unknown> }[] = [];
    const record = (level: string) => (fields: Record<string, unknown>) => entries.push({ level, fields });
    return { logger: { warn: record("warn"), error: record("error") } as unknown as Logger, entries };
  }

  it("answers the database's other errors in plain words, without its text or stack, and logs the original", () => {
    const { logger, entries } = logged();
    const cause = Object.assign(driverError("Invalid input 'MATCH (n:Secret)'", "Neo.ClientError.Statement.SyntaxError"), { name: "Neo4jError" });
    const formatted = formatError(defaultLimits, logger)({ message: cause.message, path: ["regions"], extensions: { code: "INTERNAL_SERVER_ERROR", stacktrace } }, cause);
    expect(formatted).toEqual({ message: databaseFailedMessage, path: ["regions"], extensions: { code: "INTERNAL_SERVER_ERROR" } });
    expect(entries).toEqual([{ level: "error", fields: { err: cause, path: ["regions"] } }]);
  });

  it("keeps the API's own words for a failure the input caused, drops the database's stack, and logs the original", () => {
    const { logger, entries } = logged();
    const cause = Object.assign(driverError(tooManyClauses, "Neo.ClientError.Procedure.ProcedureCallFailed"), { name: "Neo4jError" });
    const refusal = badInput("The search text is too long or too complex; search for fewer or shorter words.", cause);
    // As graphql-js hands a resolver's error over: located at its field, the thrown error as the original.
    const located = new GraphQLError(refusal.message, { path: ["search"], originalError: refusal });
    const formatted = formatError(defaultLimits, logger)({ message: refusal.message, path: ["search"], extensions: { code: "BAD_USER_INPUT", stacktrace } }, located);
    expect(formatted).toEqual({ message: refusal.message, path: ["search"], extensions: { code: "BAD_USER_INPUT" } });
    expect(JSON.stringify(formatted)).not.toMatch(/TooManyClauses|fulltext|Neo4j/);
    expect(entries).toEqual([{ level: "warn", fields: { err: cause, path: ["search"] } }]);
  });
});
