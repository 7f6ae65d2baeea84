import type { ApolloServerPlugin } from "@apollo/server";
import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
  type VariableDefinitionNode,
} from "graphql";

/**
 * The rows a list of schema.graphql's node types returns when it asks for none: every type's
 * `@limit(default: 100)` (a test checks the two agree).
 */
export const schemaDefaultPageSize = 100;

/** Arguments that set how many rows a list returns: `limit` on lists, `first` on connections. */
const pageArguments = ["limit", "first"] as const;

/**
 * The cost of an operation: the most values its answer may hold. Each field counts once per row
 * it appears in, and a list field multiplies the rows below it by its page: its `limit` (or, on a
 * connection, `first`, which sizes its `edges`), resolved through the request's variables, the
 * variable's default and the argument's default, else `defaultPageSize`. Nested lists so multiply:
 * 1,000 regions × 100 parents × 1,000 children is 100 million, however short the query text.
 * A list that takes no page argument (aliases, or the custom queries' answers, which the API
 * bounds itself) counts as one row.
 */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
  defaultPageSize = schemaDefaultPageSize,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const variableDefinitions = new Map<string, VariableDefinitionNode>((operation.variableDefinitions ?? []).map((definition) => [definition.variable.name.value, definition]));
  // Costs are per row of the parent, so a fragment's cost is computed once however often it is spread.
  const fragmentCosts = new Map<string, number>();
  const inProgress = new Set<string>();

  /** A page argument's value, or undefined when the request leaves it unset. */
  function pageValue(value: ValueNode): number | undefined {
    if (value.kind === Kind.INT) return Number(value.value);
    if (value.kind !== Kind.VARIABLE) return undefined;
    const name = value.name.value;
    const given = variables[name];
    if (typeof given === "number") return given;
    if (given !== undefined && given !== null) return undefined;
    const fallback = variableDefinitions.get(name)?.defaultValue;
    return fallback?.kind === Kind.INT ? Number(fallback.value) : undefined;
  }

  /** The page a field asks for, when it takes a page argument: given, else the argument's default, else the schema's. */
  function pageOf(definition: GraphQLField<unknown, unknown>, argumentNodes: readonly { name: { value: string }; value: ValueNode }[]): number | undefined {
    for (const name of pageArguments) {
      const argument = definition.args.find((arg) => arg.name === name);
      if (!argument) continue;
      const node = argumentNodes.find((given) => given.name.value === name);
      const asked = node ? pageValue(node.value) : undefined;
      const size = asked ?? (typeof argument.defaultValue === "number" ? argument.defaultValue : defaultPageSize);
      return Number.isFinite(size) ? Math.max(0, size) : defaultPageSize;
    }
    return undefined;
  }

  /** The cost of one row of `type` with this selection; `edgesPage` is the page of the connection it belongs to. */
  function selectionCost(selectionSet: SelectionSetNode, type: GraphQLNamedType | undefined, edgesPage?: number): number {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        cost += selectionCost(selection.selectionSet, condition ?? type, edgesPage);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        cost += fragmentCost(selection.name.value, edgesPage);
        continue;
      }
      const definition = fieldsOf(type)[selection.name.value];
      if (!definition) {
        cost += 1; // __typename (anything else unknown was refused by validation)
        continue;
      }
      const page = pageOf(definition, selection.arguments ?? []);
      // The type as written ("[Region!]!"): read as text, since @neo4j/graphql builds its schema
      // with graphql's CommonJS copy, whose classes another copy's isListType would not know.
      const typeName = String(definition.type);
      const isList = typeName.startsWith("[");
      const rows = isList ? (page ?? (selection.name.value === "edges" ? (edgesPage ?? 1) : 1)) : 1;
      const below = selection.selectionSet ? selectionCost(selection.selectionSet, schema.getType(typeName.replace(/[[\]!]/g, "")) ?? undefined, isList ? undefined : page) : 0;
      cost += rows * (1 + below);
    }
    return cost;
  }

  function fragmentCost(name: string, edgesPage?: number): number {
    const key = `${name}\u0000${edgesPage ?? ""}`;
    const known = fragmentCosts.get(key);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    // A fragment that spreads itself is refused by validation; counted as nothing here.
    if (!fragment || inProgress.has(name)) return 0;
    inProgress.add(name);
    const cost = selectionCost(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value), edgesPage);
    inProgress.delete(name);
    fragmentCosts.set(key, cost);
    return cost;
  }

  const root = operation.operation === "query" ? schema.getQueryType() : operation.operation === "mutation" ? schema.getMutationType() : schema.getSubscriptionType();
  return selectionCost(operation.selectionSet, root ?? undefined);
}

/** The fields of an object or interface type; none for others (scalars, enums, unions). */
function fieldsOf(type: GraphQLNamedType | undefined | null): Record<string, GraphQLField<unknown, unknown>> {
  return type && "getFields" in type && !("getValues" in type) ? (type.getFields() as Record<string, GraphQLField<unknown, unknown>>) : {};
}

/**
 * Refuses an operation whose cost (queryCost) is over `maxCost`, before it runs, naming the limit
 * and the cost. It runs once the operation is resolved, with the request's variables: the
 * validation rules are cached per query text, and a page may come in a variable.
 */
export function costLimit(maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          if (!operation) return; // Apollo refuses a request without its operation itself
          const cost = Math.round(queryCost(schema, document, operation, request.variables ?? {}));
          if (cost > maxCost) {
            throw new GraphQLError(
              `Query Cost limit of ${maxCost} exceeded, found ${cost}: the answer could hold ${cost} values (each list counted by its limit or first, ${schemaDefaultPageSize} when it sets none, so nested lists multiply); ask for fewer rows or fewer nested lists.`,
              { extensions: { code: "LIMIT_EXCEEDED", limit: "maxCost", cost, http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}
