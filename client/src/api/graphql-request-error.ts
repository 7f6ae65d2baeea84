/** Why a GraphQL request failed; lets a view word its error state. */
export type GraphQLFailureKind = 'network' | 'http' | 'graphql' | 'invalid-response';

/** One entry of a GraphQL response's `errors` array (only the parts we show). */
export interface GraphQLErrorEntry {
  readonly message: string;
  readonly path?: readonly (string | number)[];
  readonly extensions?: Readonly<Record<string, unknown>>;
}

/**
 * The one error type the dashboard's GraphQL client throws, so views can show
 * `error.message` to a user without having to know which layer failed.
 */
export class GraphQLRequestError extends Error {
  override readonly name = 'GraphQLRequestError';
  readonly kind: GraphQLFailureKind;
  /** HTTP status, when the server answered at all. */
  readonly status: number | undefined;
  readonly graphQLErrors: readonly GraphQLErrorEntry[];

  constructor(
    message: string,
    details: {
      kind: GraphQLFailureKind;
      status?: number;
      graphQLErrors?: readonly GraphQLErrorEntry[];
      cause?: unknown;
    },
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.kind = details.kind;
    this.status = details.status;
    this.graphQLErrors = details.graphQLErrors ?? [];
  }
}
