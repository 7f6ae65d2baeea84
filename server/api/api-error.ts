import { GraphQLError } from "graphql";

/**
 * A request the API cannot answer as asked (unknown id, a value out of range): the caller's to fix.
 * `cause`, the error behind it, is for the server's log (formatError logs a database's), never sent.
 */
export function badInput(message: string, cause?: Error): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT" }, originalError: cause });
}

/** A request over one of the API's limits. */
export function overLimit(message: string, limit: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "LIMIT_EXCEEDED", limit } });
}
