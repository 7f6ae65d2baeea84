import { unwrapResolverError } from "@apollo/server/errors";
import type { GraphQLFormattedError } from "graphql";
import type { ApiLimits } from "../api/index.ts";
import type { Logger } from "../logger.ts";

interface Neo4jLikeError {
  name?: string;
  code?: string;
  message?: string;
}

/** What a client is told when the database failed on its question: the database's own words are for the server's log only. */
export const databaseFailedMessage = "The database could not answer this question; the server's log has the details.";

/**
 * The database's error behind `error` (thrown by the driver, possibly wrapped as the original error
 * or the cause of the error a resolver threw), if there is one.
 */
function databaseErrorOf(error: unknown): Neo4jLikeError | undefined {
  let current = error as (Neo4jLikeError & { originalError?: unknown; cause?: unknown }) | undefined;
  for (let depth = 0; current && depth < 5; depth++) {
    if (current.name === "Neo4jError" || /^Neo\./.test(current.code ?? "")) return current;
    current = (current.originalError ?? current.cause) as typeof current;
  }
  return undefined;
}

/** graphql-armor's refusals, by the words it uses, and the limit of ApiLimits each one is. */
const armorLimits: [RegExp, string][] = [
  [/^Query depth limit/, "maxDepth"],
  [/^Aliases limit/, "maxAliases"],
  [/^Token limit/, "maxTokens"],
  [/^Directives limit/, "maxDirectives"],
];

/** What a write without a token is told, here and by the HTTP routes that write (editor-token.ts). */
export const unauthenticatedMessage = "Unauthenticated: writes need a valid, unexpired bearer token signed with ATLAS_JWT_SECRET whose roles include editor.";
export const forbiddenMessage = "Forbidden: the token's roles do not allow this.";

/**
 * Errors as a user should read them: a refused write says what it needs; a query the database
 * stopped at the timeout says which limit it hit; a database that cannot be reached says so,
 * instead of a driver's stack; any other error of the database is answered in plain words, without
 * the database's text or stack (which name its procedures, indexes and internals), and logged.
 */
export function formatError(limits: ApiLimits, logger?: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const fromDatabase = databaseErrorOf(error);
    // In development Apollo adds the stack, whose first line is the database's message.
    if (fromDatabase && formatted.extensions?.stacktrace) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions;
      formatted = { ...formatted, extensions };
    }
    // graphql-armor words its refusals as parse errors ("Syntax Error: Query depth limit of 10
    // exceeded, found 12."); the query is well formed, it is over a limit, and the answer says which.
    const armored = formatted.message.replace(/^Syntax Error: /, "");
    const armorLimit = armorLimits.find(([pattern]) => pattern.test(armored));
    if (armorLimit) {
      return { ...formatted, message: armored, extensions: { ...formatted.extensions, code: "LIMIT_EXCEEDED", limit: armorLimit[1] } };
    }
    const cause = unwrapResolverError(error) as Neo4jLikeError | undefined;
    const code = cause?.code ?? "";
    // @neo4j/graphql's @authentication refuses with a bare "Unauthenticated" marked as a server error.
    if (cause?.message === "Unauthenticated") {
      return {
        ...formatted,
        message: unauthenticatedMessage,
        extensions: { ...formatted.extensions, code: "UNAUTHENTICATED" },
      };
    }
    if (cause?.message === "Forbidden") {
      return { ...formatted, message: forbiddenMessage, extensions: { ...formatted.extensions, code: "FORBIDDEN" } };
    }
    if (code.includes("TransactionTimedOut") || code === "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration") {
      return {
        ...formatted,
        message: `The query ran past the database transaction timeout of ${limits.queryTimeoutMs} ms (queryTimeoutMs) and was stopped; narrow it with a filter or a smaller page.`,
        extensions: { ...formatted.extensions, code: "QUERY_TIMEOUT", limit: "queryTimeoutMs" },
      };
    }
    // A database that is down refuses connections (ServiceUnavailable); one that hangs (frozen,
    // or cut off by the network) keeps the pool's connections busy, so a query times out waiting
    // for one: to a reader both are the same outage.
    if (code === "ServiceUnavailable" || code === "SessionExpired" || /^Connection acquisition timed out/.test(cause?.message ?? "")) {
      return {
        ...formatted,
        message: "The database is not answering; the server will reconnect by itself when it is back.",
        extensions: { ...formatted.extensions, code: "DATABASE_UNAVAILABLE" },
      };
    }
    if (fromDatabase) {
      // An error the API raised in its own words, with its own code, over the database's (a search
      // text the index cannot run: BAD_USER_INPUT) keeps them; an unhandled one gets plain words.
      const ownWords = typeof formatted.extensions?.code === "string" && formatted.extensions.code !== "INTERNAL_SERVER_ERROR";
      logger?.[ownWords ? "warn" : "error"]({ err: fromDatabase, path: formatted.path }, "the database failed on a request; the client was told without its text");
      if (ownWords) return formatted;
      return {
        message: databaseFailedMessage,
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: "INTERNAL_SERVER_ERROR" },
      };
    }
    return formatted;
  };
}
