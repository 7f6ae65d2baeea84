import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginCacheControl } from "@apollo/server/plugin/cacheControl";
import responseCachePlugin from "@apollo/server-plugin-response-cache";
import type { ApiContext } from "../api/api-context.ts";
import type { RequestContext } from "./resolvers.ts";

/**
 * Whole answers kept until the graph changes. The key is the operation, its variables, the
 * graph's version (bumped by every ingest or review, from any process) and today's date (which
 * decides what is live), so a changed graph is never answered from before the change. Every query
 * is cacheable for a day at most; mutations, answers with errors and requests carrying a token
 * are never cached. No Cache-Control header is sent: only this server knows when the graph changed.
 * A hit skips execution: the dashboard's questions repeat (every visitor opens the same views), and
 * under load the server answers them from memory.
 */
export function responseCache(api: ApiContext): ApolloServerPlugin<RequestContext>[] {
  const anonymous = (headers: { get(name: string): string | undefined } | undefined) => !headers?.get("authorization");
  return [
    ApolloServerPluginCacheControl({ defaultMaxAge: 86_400, calculateHttpHeaders: false }),
    responseCachePlugin<RequestContext>({
      extraCacheKeyData: async () => `${await api.analytics.readVersion()}:${api.today()}`,
      shouldReadFromCache: async ({ request }) => anonymous(request.http?.headers),
      shouldWriteToCache: async ({ request }) => anonymous(request.http?.headers),
    }),
  ];
}
