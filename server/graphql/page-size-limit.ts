import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, Kind, valueFromASTUntyped, visit, type DocumentNode } from "graphql";

/** Arguments that set how many rows a list returns: `limit` on lists, `first` on connections. */
const pageArguments = new Set(["limit", "first"]);

/** The largest page the operation asks for, with the field that asks, variables resolved. */
export function largestPage(document: DocumentNode, variables: Record<string, unknown> = {}): { field: string; size: number } | null {
  let largest: { field: string; size: number } | null = null;
  visit(document, {
    Field(field) {
      for (const argument of field.arguments ?? []) {
        if (!pageArguments.has(argument.name.value)) continue;
        const value = argument.value.kind === Kind.VARIABLE ? variables[argument.value.name.value] : valueFromASTUntyped(argument.value, variables);
        const size = typeof value === "number" ? value : Number.NaN;
        if (Number.isFinite(size) && (!largest || size > largest.size)) largest = { field: field.name.value, size };
      }
    },
  });
  return largest;
}

/**
 * Refuses an operation that asks any list for more than `maxPageSize` rows, before it runs. (Each
 * node type's @limit also caps what a list returns by default; this makes an explicit ask over
 * the maximum an error rather than a silent cut.)
 */
export function pageSizeLimit(maxPageSize: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const page = largestPage(document, request.variables ?? {});
          if (page && page.size > maxPageSize) {
            throw new GraphQLError(`Page size limit of ${maxPageSize} exceeded: ${page.field} asks for ${page.size} rows.`, {
              extensions: { code: "LIMIT_EXCEEDED", limit: "maxPageSize", http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
