import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, visit, type DocumentNode } from "graphql";

export const introspectionOffMessage =
  "Introspection is turned off on this server (ATLAS_INTROSPECTION=off): __schema and __type are not answered, so GraphiQL shows no documentation. Queries themselves work as before.";

function asksForTheSchema(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === "__schema" || node.name.value === "__type") found = true;
    },
  });
  return found;
}

/**
 * Refuses introspection (__schema, __type; __typename stays) with ATLAS_INTROSPECTION=off, saying
 * which setting did it. The setting alone decides: Apollo's own switch follows NODE_ENV unless told,
 * so the server always tells it to answer and leaves the refusal to this plugin.
 */
export function refuseIntrospection(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document }) {
          if (asksForTheSchema(document)) {
            throw new GraphQLError(introspectionOffMessage, { extensions: { code: "INTROSPECTION_DISABLED", http: { status: 403 } } });
          }
        },
      };
    },
  };
}
