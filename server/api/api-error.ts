import { GraphQLError } from "graphql";

/** A request the API cannot answer as asked (unknown id, a value out of range): the caller's to fix. */
export function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT" } });
}

/** A request over one of the API's limits. */
export function overLimit(message: string, limit: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "LIMIT_EXCEEDED", limit } });
}
