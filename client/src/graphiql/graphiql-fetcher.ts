import type { GraphiQLProps } from 'graphiql';

export type GraphiQLFetcher = GraphiQLProps['fetcher'];

/**
 * GraphiQL's fetcher: POSTs the operation and hands back the server's JSON as
 * is, `errors` included, since showing them is GraphiQL's job.
 *
 * Written here rather than taken from @graphiql/toolkit: that package is not a
 * declared dependency of this project, and it pulls in graphql-ws for
 * subscriptions, which this API does not have.
 */
export function createGraphiQLFetcher(url: string, fetchImpl: typeof fetch = (input, init) => globalThis.fetch(input, init)): GraphiQLFetcher {
  return async (params, opts) => {
    const response = await fetchImpl(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        // Headers typed into GraphiQL's header editor (e.g. an Authorization token for writes).
        ...stringHeaders(opts?.headers),
      },
      body: JSON.stringify(params),
    });
    const text = await response.text();
    try {
      return JSON.parse(text) as Awaited<ReturnType<GraphiQLFetcher>>;
    } catch {
      // Not GraphQL at all (a proxy's error page, the server down): say what came back.
      const excerpt = text.trim().slice(0, 200);
      throw new Error(`HTTP ${response.status}${excerpt === '' ? '' : `: ${excerpt}`}`);
    }
  };
}

function stringHeaders(headers: Readonly<Record<string, unknown>> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(headers ?? {}).map(([name, value]) => [name, String(value)]));
}
