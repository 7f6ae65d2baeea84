import type { ApiLimits } from "../../server/api/api-limits.ts";
import type { HeavyWorkLimits } from "../../server/api/heavy-work.ts";
import type { TrustProxy } from "../../server/config.ts";
import { createDatabase, type Database } from "../../server/db/database.ts";
import { buildSchema } from "../../server/graphql/build-schema.ts";
import { createHttpServer, type AtlasHttpServer, type HttpServerOptions } from "../../server/http/app.ts";
import { createLogger } from "../../server/logger.ts";
import { clientDir } from "../../server/client-build.ts";

export interface TestServer {
  url: string;
  server: AtlasHttpServer;
  close(): Promise<void>;
}

export interface TestServerOptions {
  /** ATLAS_JWT_SECRET for this server: tokens signed with it may write. */
  jwtSecret?: string;
  limits?: Partial<ApiLimits>;
  /** ATLAS_WRITES: false removes the write API. */
  writes?: boolean;
  /** Off unless given: tests send requests far faster than a person would. */
  rateLimitPerMinute?: number | null;
  corsOrigins?: string[];
  trustProxy?: TrustProxy;
  /** The pool and queue of heavy work; the server's defaults unless given. */
  heavyWork?: Partial<HeavyWorkLimits>;
  /** ATLAS_INTROSPECTION: false refuses __schema and __type. */
  introspection?: boolean;
  /** Bounds of the server's caches, in bytes. */
  cacheBytes?: { documents?: number; answers?: number; queryKinds?: number };
  /** ATLAS_RECOMPUTE: off unless given, so a test reads what it computed or stored itself. */
  recompute?: HttpServerOptions["recompute"];
}

/** The real HTTP server (Express, Apollo, @neo4j/graphql) on a free loopback port over the given database. */
export async function startTestServer(database: Database, options: TestServerOptions = {}): Promise<TestServer> {
  const logger = createLogger("silent");
  const schema = await buildSchema(database.driverForGraphQL(), { jwtSecret: options.jwtSecret, writes: options.writes });
  const server = await createHttpServer({
    database,
    schema,
    logger,
    clientDir,
    limits: options.limits,
    rateLimitPerMinute: options.rateLimitPerMinute ?? null,
    corsOrigins: options.corsOrigins,
    trustProxy: options.trustProxy,
    jwtSecret: options.jwtSecret,
    heavyWork: options.heavyWork,
    introspection: options.introspection,
    cacheBytes: options.cacheBytes,
    recompute: options.recompute,
  });
  const port = await server.listen(0, "127.0.0.1");
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    async close() {
      await server.close();
    },
  };
}

/** A database handle whose server is gone: nothing listens on this port. */
export function unreachableDatabase(): Database {
  return createDatabase("bolt://127.0.0.1:9", undefined, { description: "nothing listens here" });
}

export async function postGraphQL(url: string, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(`${url}/graphql`, { method: "POST", headers, body: JSON.stringify({ query, variables }) });
  return { status: response.status, body: (await response.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] } };
}
