import { GraphQLRequestError, type GraphQLErrorEntry } from './graphql-request-error';
import { httpStatusHint } from './http-status-hint';

export { GraphQLRequestError } from './graphql-request-error';

export const GRAPHQL_ENDPOINT = '/graphql';

export type GraphQLVariables = Readonly<Record<string, unknown>>;

export interface RequestOptions {
  /** Injected in tests; defaults to the browser's fetch. */
  readonly fetch?: typeof fetch;
  readonly signal?: AbortSignal;
  readonly endpoint?: string;
}

interface GraphQLResponseBody<TData> {
  readonly data?: TData | null;
  readonly errors?: readonly GraphQLErrorEntry[];
}

/**
 * POSTs one GraphQL operation and returns its `data`.
 *
 * Throws GraphQLRequestError for every failure (network, HTTP status, GraphQL
 * `errors`, unreadable body) with a message fit to show a user. An abort is
 * re-thrown unchanged so callers can tell "the user left" from "it broke".
 */
export async function request<TData, TVars extends GraphQLVariables = GraphQLVariables>(
  query: string,
  variables?: TVars,
  opts: RequestOptions = {},
): Promise<TData> {
  const endpoint = opts.endpoint ?? GRAPHQL_ENDPOINT;
  // Wrapped so the browser's fetch is never called with a foreign `this`.
  const doFetch = opts.fetch ?? ((input, init) => globalThis.fetch(input, init));

  let response: Response;
  try {
    response = await doFetch(endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
      },
      body: JSON.stringify(variables === undefined ? { query } : { query, variables }),
      ...(opts.signal === undefined ? {} : { signal: opts.signal }),
    });
  } catch (cause) {
    if (isAbort(cause, opts.signal)) throw cause;
    throw new GraphQLRequestError(
      `Could not reach the GraphQL server at ${endpoint}: ${describe(cause)}. Is the server running?`,
      { kind: 'network', cause },
    );
  }

  const body = await readJsonBody<TData>(response, opts.signal);
  const errors = body?.errors ?? [];

  if (!response.ok) {
    const hint = httpStatusHint(response.status);
    const detail = errors.length > 0 ? `: ${endSentence(joinMessages(errors))}` : '.';
    throw new GraphQLRequestError(
      `The GraphQL server answered HTTP ${response.status}${statusText(response)}${detail}${hint === null ? '' : ` ${hint}`}`,
      { kind: 'http', status: response.status, graphQLErrors: errors },
    );
  }
  if (body === undefined) {
    throw new GraphQLRequestError(
      `The GraphQL server's answer was not JSON (content-type: ${response.headers.get('content-type') ?? 'none'}).`,
      { kind: 'invalid-response', status: response.status },
    );
  }
  if (errors.length > 0) {
    throw new GraphQLRequestError(`The GraphQL server reported: ${joinMessages(errors)}`, {
      kind: 'graphql',
      status: response.status,
      graphQLErrors: errors,
    });
  }
  if (body.data === undefined || body.data === null) {
    throw new GraphQLRequestError('The GraphQL server answered without data or errors.', {
      kind: 'invalid-response',
      status: response.status,
    });
  }
  return body.data;
}

/** Parses the body as JSON; undefined when it is not (e.g. a proxy's HTML error page). */
async function readJsonBody<TData>(
  response: Response,
  signal: AbortSignal | undefined,
): Promise<GraphQLResponseBody<TData> | undefined> {
  let text: string;
  try {
    text = await response.text();
  } catch (cause) {
    if (isAbort(cause, signal)) throw cause;
    throw new GraphQLRequestError(`The connection broke while reading the answer: ${describe(cause)}`, {
      kind: 'network',
      status: response.status,
      cause,
    });
  }
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null ? (parsed as GraphQLResponseBody<TData>) : undefined;
  } catch {
    return undefined;
  }
}

function joinMessages(errors: readonly GraphQLErrorEntry[]): string {
  const messages = [...new Set(errors.map((error) => error.message))];
  return messages.join('; ');
}

function endSentence(text: string): string {
  return /[.!?。]$/.test(text) ? text : `${text}.`;
}

function statusText(response: Response): string {
  return response.statusText ? ` ${response.statusText}` : '';
}

function describe(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}

function isAbort(cause: unknown, signal: AbortSignal | undefined): boolean {
  return signal?.aborted === true || (cause instanceof Error && cause.name === 'AbortError');
}
