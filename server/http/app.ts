import http from "node:http";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import { pinoHttp } from "pino-http";
import { AnalyticsCache, defaultLimits, HeavyWork, isoToday, type ApiContext, type ApiLimits, type GraphState, type HeavyWorkLimits } from "../api/index.ts";
import { defaultRateLimitPerMinute, type TrustProxy } from "../config.ts";
import type { Database } from "../db/index.ts";
import { documentCache, editorTokenForMutations, formatError, protection, refuseIntrospection, refuseWrites, writesOffMessage, type AtlasSchema, type RequestContext } from "../graphql/index.ts";
import { commitImport, listChangesets, previewImport, undoChangeset } from "../ingest/index.ts";
import type { Logger } from "../logger.ts";
import { MetricsKeeper, type MetricsKeeperOptions } from "../metrics/index.ts";
import { answerCache } from "./answer-cache.ts";
import { answerCeiling } from "./answer-ceiling.ts";
import { boundariesRoute } from "./boundaries-route.ts";
import { clientAssets } from "./client-assets.ts";
import { corsAllowList } from "./cors.ts";
import { exportRoute } from "./export-route.ts";
import { gapsRoute } from "./gaps-route.ts";
import { healthz } from "./healthz.ts";
import { importRoutes, importRoutesOff } from "./import-routes.ts";
import { jsonErrors, maxRequestBytes } from "./json-errors.ts";
import { queryTextLimit } from "./query-size-limit.ts";
import { clientRateLimit } from "./rate-limit.ts";
import { securityHeaders } from "./security-headers.ts";

export interface HttpServerOptions {
  database: Database;
  schema: AtlasSchema;
  logger: Logger;
  /** The built client (dist/client). */
  clientDir: string;
  /** The API's limits (depth, cost, page size, timeout); defaults in api-limits.ts. */
  limits?: Partial<ApiLimits>;
  /** Requests a minute from one client address (ATLAS_RATE_LIMIT); null turns the limit off. */
  rateLimitPerMinute?: number | null;
  /** Origins allowed to call the API from their pages (ATLAS_CORS_ORIGINS); none by default. */
  corsOrigins?: readonly string[];
  /** Express's "trust proxy" (ATLAS_TRUST_PROXY): whose X-Forwarded-For names the client. */
  trustProxy?: TrustProxy;
  /** ATLAS_JWT_SECRET: checks the editor tokens of the import routes, as the schema checks the write API's. */
  jwtSecret?: string;
  /** The pool and queue of heavy work (ATLAS_HEAVY_CONCURRENCY, ATLAS_HEAVY_QUEUE); defaults in heavy-work.ts. */
  heavyWork?: Partial<HeavyWorkLimits>;
  /** ATLAS_INTROSPECTION: false refuses __schema and __type; on by default, whatever NODE_ENV says. */
  introspection?: boolean;
  /** Bounds of the caches in memory, in bytes (defaults in document-cache.ts and answer-cache.ts). */
  cacheBytes?: { documents?: number; answers?: number; queryKinds?: number };
  /**
   * ATLAS_RECOMPUTE: keep the stored metrics in step with the graph (server/metrics/), recomputing
   * in the background after each change. Off here by default (a test's server reads what is
   * stored, or computes on request); `atlas start` turns it on.
   */
  recompute?: boolean | Partial<MetricsKeeperOptions>;
}

export interface AtlasHttpServer {
  app: express.Express;
  /** The API's services, as the resolvers see them. */
  api: ApiContext;
  httpServer: http.Server;
  /** The bytes each cache of query texts and answers holds now, as it counts them against its bound. */
  cacheBytes(): { documents: number; answers: number; queryKinds: number };
  /** Listens on the port (0 picks a free one) and resolves with the port taken. */
  listen(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
  /** The recompute of the stored metrics, when on. */
  metrics?: MetricsKeeper;
}

export async function createHttpServer({
  database,
  schema,
  logger,
  clientDir,
  limits: limitOverrides,
  rateLimitPerMinute = defaultRateLimitPerMinute,
  corsOrigins = [],
  trustProxy = false,
  jwtSecret,
  heavyWork: heavyWorkLimits,
  introspection = true,
  cacheBytes = {},
  recompute = false,
}: HttpServerOptions): Promise<AtlasHttpServer> {
  const limits: ApiLimits = { ...defaultLimits, ...limitOverrides };
  const heavyWork = new HeavyWork(heavyWorkLimits);
  const metrics = recompute ? new MetricsKeeper(database, { logger, today: isoToday, ...(recompute === true ? {} : recompute) }) : undefined;
  const api: ApiContext = {
    database,
    analytics: new AnalyticsCache(database, { timeoutMs: limits.queryTimeoutMs }),
    limits,
    today: isoToday,
    heavyWork,
    onGraphChanged: metrics && (() => metrics.graphChanged()),
    recompute: metrics,
  };
  // An import or undo through the routes is a change like a review: the recompute follows it.
  const changed = <A extends unknown[], R>(work: (...args: A) => Promise<R>) => async (...args: A): Promise<R> => {
    const result = await work(...args);
    metrics?.graphChanged();
    return result;
  };
  const app = express();
  const httpServer = http.createServer(app);
  const guard = protection(limits);
  // Without a secret no token can be checked: every write is then refused as unauthenticated.
  const editorSecret = schema.writesEnabled ? jwtSecret : undefined;
  const documents = documentCache(cacheBytes.documents);
  // Apollo's own landing page loads from a CDN; our IDE is bundled with the client at /graphiql.
  const apollo = new ApolloServer<RequestContext>({
    schema: schema.schema,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // Apollo's cache hints go unused (answers are kept by answerCache) and cost a hook on every
      // field: a national network answer has some 60,000 fields.
      ApolloServerPluginCacheControlDisabled(),
      ...guard.plugins,
      schema.writeApi ? editorTokenForMutations(editorSecret) : refuseWrites(),
      ...(introspection ? [] : [refuseIntrospection()]),
    ],
    // Apollo's default follows NODE_ENV; here ATLAS_INTROSPECTION alone decides (refuseIntrospection).
    introspection: true,
    validationRules: guard.validationRules,
    documentStore: documents,
    formatError: formatError(limits, logger),
    // One operation per request: a batch would multiply every limit by its length.
    allowBatchedHttpRequests: false,
    // Apollo's default follows NODE_ENV, which `npm start` leaves unset: every error then carried
    // the server's stack, its files and lines, to any client. The log keeps what a stack tells.
    includeStacktraceInErrorResponses: false,
  });
  await apollo.start();

  app.disable("x-powered-by");
  app.set("trust proxy", trustProxy);
  app.use(securityHeaders());
  app.use(pinoHttp({ logger, autoLogging: { ignore: (req) => req.url === "/healthz" } }));
  app.use(corsAllowList(corsOrigins));
  // Before the rate limit: a monitor polling health must never be told to slow down.
  app.get("/healthz", healthz(database, heavyWork));
  if (rateLimitPerMinute !== null) app.use(clientRateLimit(rateLimitPerMinute, logger));
  // The graph's state as read for an anonymous query's answer (the answer cache reads it first),
  // kept for that request's resolvers: one read of it per request, not one per layer.
  const stateOfRequest = new WeakMap<express.Request, Promise<GraphState>>();
  const graphVersion = (req: express.Request) => {
    const state = api.analytics.readState();
    stateOfRequest.set(req, state);
    return state.then((s) => s.answersVersion);
  };
  const answers = answerCache({ graphVersion, today: api.today }, { maxBytes: cacheBytes.answers, maxQueryKindBytes: cacheBytes.queryKinds });
  app.use(
    "/graphql",
    express.json({ limit: maxRequestBytes }),
    queryTextLimit(limits.maxQueryBytes),
    answers,
    answerCeiling(limits.maxAnswerBytes),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const state = stateOfRequest.get(req);
        return {
          // Mutations and requests with a token read the state afresh at each lookup (a review changes it).
          api: state ? { ...api, analytics: api.analytics.pinnedTo(state) } : api,
          sessionConfig: database.name ? { database: database.name } : undefined,
          // The generated queries run under the same transaction timeout as the custom ones.
          transaction: { timeout: limits.queryTimeoutMs },
        };
      },
    }),
  );
  app.get("/api/export", exportRoute(api));
  app.get("/api/gaps/:regionCode.xlsx", gapsRoute(api));
  app.get("/api/boundaries/:level", boundariesRoute());
  // The import view's door writes, so it exists only with the write API, behind the same editor token.
  app.use(
    "/api/import",
    schema.writeApi
      ? importRoutes({ database, imports: { previewImport, commitImport: changed(commitImport), listChangesets, undoChangeset: changed(undoChangeset) }, jwtSecret: editorSecret })
      : importRoutesOff(writesOffMessage),
  );
  app.use(clientAssets(clientDir));
  app.use(jsonErrors(logger));

  metrics?.start();
  return {
    app,
    api,
    httpServer,
    metrics,
    cacheBytes: () => ({ documents: documents.bytes, ...answers.bytes() }),
    listen(port, host) {
      return new Promise((resolve, reject) => {
        httpServer.once("error", reject);
        httpServer.listen(port, host, () => {
          httpServer.off("error", reject);
          const address = httpServer.address();
          resolve(typeof address === "object" && address ? address.port : port);
        });
      });
    },
    async close() {
      await apollo.stop();
      await metrics?.stop();
    },
  };
}
