import { describe, expect, it } from 'vitest';
import { createGraphiQLFetcher } from './graphiql-fetcher';

describe('createGraphiQLFetcher', () => {
  it('posts the operation with the header-editor headers and returns errors as data', async () => {
    let seen: RequestInit | undefined;
    const fetcher = createGraphiQLFetcher('/graphql', (async (_input: RequestInfo | URL, init?: RequestInit) => {
      seen = init;
      return new Response(JSON.stringify({ errors: [{ message: 'Syntax Error' }] }), { status: 400 });
    }) as typeof fetch);

    const result = await fetcher({ query: '{ x', operationName: null }, { headers: { authorization: 'Bearer t' } });

    expect(result).toEqual({ errors: [{ message: 'Syntax Error' }] });
    expect(JSON.parse(String(seen?.body))).toEqual({ query: '{ x', operationName: null });
    const headers = new Headers(seen?.headers);
    expect(headers.get('authorization')).toBe('Bearer t');
    expect(headers.get('content-type')).toBe('application/json');
  });

  it('throws with the status and an excerpt when the answer is not JSON', async () => {
    const fetcher = createGraphiQLFetcher('/graphql', (async () => new Response('Bad Gateway', { status: 502 })) as typeof fetch);
    await expect(Promise.resolve(fetcher({ query: '{ x }' }))).rejects.toThrow('HTTP 502: Bad Gateway');
  });
});
