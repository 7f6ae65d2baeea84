import { describe, expect, it } from 'vitest';
import { GraphQLRequestError, request } from './graphql-client';

/** A fetch that records its calls and answers from `respond`. */
function fakeFetch(respond: () => Response | Promise<Response>) {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), init });
    return respond();
  }) as typeof fetch;
  return { fetchImpl, calls };
}

const json = (body: unknown, status = 200): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

async function failure(promise: Promise<unknown>): Promise<GraphQLRequestError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLRequestError);
    return error as GraphQLRequestError;
  }
  throw new Error('expected the request to fail');
}

describe('request', () => {
  it('POSTs the query and variables as JSON to /graphql and returns data', async () => {
    const { fetchImpl, calls } = fakeFetch(() => json({ data: { institutions: [{ id: 'a' }] } }));
    const data = await request<{ institutions: { id: string }[] }>('query Q($id: ID!) { x }', { id: 'a' }, { fetch: fetchImpl });
    expect(data).toEqual({ institutions: [{ id: 'a' }] });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe('/graphql');
    expect(calls[0]?.init?.method).toBe('POST');
    expect(new Headers(calls[0]?.init?.headers).get('content-type')).toBe('application/json');
    expect(JSON.parse(String(calls[0]?.init?.body))).toEqual({ query: 'query Q($id: ID!) { x }', variables: { id: 'a' } });
  });

  it('reports an unreachable server as a network error', async () => {
    const { fetchImpl } = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const error = await failure(request('{ x }', undefined, { fetch: fetchImpl }));
    expect(error.kind).toBe('network');
    expect(error.message).toContain('Could not reach the GraphQL server at /graphql');
    expect(error.message).toContain('Failed to fetch');
    expect(error.status).toBeUndefined();
  });

  it('reports an HTTP error with its status', async () => {
    const { fetchImpl } = fakeFetch(() => new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }));
    const error = await failure(request('{ x }', undefined, { fetch: fetchImpl }));
    expect(error.kind).toBe('http');
    expect(error.status).toBe(502);
    expect(error.message).toBe(
      'The GraphQL server answered HTTP 502 Bad Gateway. The Alliance Atlas server is not answering. Is it running (npm start)?',
    );
  });

  it('includes GraphQL validation messages sent with an HTTP 400', async () => {
    const { fetchImpl } = fakeFetch(() =>
      json({ errors: [{ message: 'Cannot query field "nope" on type "Query".' }] }, 400),
    );
    const error = await failure(request('{ nope }', undefined, { fetch: fetchImpl }));
    expect(error.kind).toBe('http');
    expect(error.message).toContain('HTTP 400');
    expect(error.message).toContain('Cannot query field "nope"');
    expect(error.graphQLErrors).toHaveLength(1);
  });

  it('throws on GraphQL errors in a 200 answer, such as an unreachable database', async () => {
    const { fetchImpl } = fakeFetch(() =>
      json({
        data: null,
        errors: [
          { message: 'Could not perform discovery. No routing servers available.', path: ['institutions'] },
          { message: 'Could not perform discovery. No routing servers available.', path: ['enterprises'] },
        ],
      }),
    );
    const error = await failure(request('{ institutions { id } enterprises { id } }', undefined, { fetch: fetchImpl }));
    expect(error.kind).toBe('graphql');
    // The same message from several fields is said once.
    expect(error.message).toBe('The GraphQL server reported: Could not perform discovery. No routing servers available.');
    expect(error.graphQLErrors).toHaveLength(2);
  });

  it('reports an answer that is not JSON', async () => {
    const { fetchImpl } = fakeFetch(
      () => new Response('<!doctype html><title>Dashboard</title>', { status: 200, headers: { 'content-type': 'text/html' } }),
    );
    const error = await failure(request('{ x }', undefined, { fetch: fetchImpl }));
    expect(error.kind).toBe('invalid-response');
    expect(error.message).toContain('text/html');
  });

  it('reports an answer with neither data nor errors', async () => {
    const { fetchImpl } = fakeFetch(() => json({}));
    const error = await failure(request('{ x }', undefined, { fetch: fetchImpl }));
    expect(error.kind).toBe('invalid-response');
  });

  it('passes an abort through unchanged, so callers can tell it from a failure', async () => {
    const controller = new AbortController();
    const fetchImpl = ((_input: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      })) as typeof fetch;
    const pending = request('{ x }', undefined, { fetch: fetchImpl, signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    await expect(pending).rejects.not.toBeInstanceOf(GraphQLRequestError);
  });
});
