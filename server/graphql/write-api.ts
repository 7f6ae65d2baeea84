import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, GraphQLSchema } from "graphql";

export const writesOffMessage = "Writes are turned off on this server (ATLAS_WRITES=off): it answers queries only.";

/** The schema without its Mutation root, so introspection and GraphiQL show no write at all. */
export function withoutMutations(schema: GraphQLSchema): GraphQLSchema {
  // The constructor of the schema given: @neo4j/graphql builds it with the CommonJS copy of graphql,
  // and a schema of one copy cannot hold the types of the other.
  const Schema = schema.constructor as typeof GraphQLSchema;
  return new Schema({ ...schema.toConfig(), mutation: null });
}

/**
 * Refuses every mutation before it runs, with a message that says why. (Without a Mutation root
 * graphql-js would answer "Schema is not configured to execute mutation operation", which does
 * not tell the reader that this is a setting.)
 */
export function refuseWrites(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation === "mutation") {
            throw new GraphQLError(writesOffMessage, { extensions: { code: "WRITES_DISABLED", http: { status: 403 } } });
          }
        },
      };
    },
  };
}
