import { describe, expect, it } from "vitest";
import { defaultLimits } from "../api/index.ts";
import { formatError } from "./format-error.ts";

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

  it("leaves other errors as they are", () => {
    expect(fromResolver(driverError("Invalid input", "Neo.ClientError.Statement.SyntaxError")).extensions?.code).toBe("INTERNAL_SERVER_ERROR");
  });
});
