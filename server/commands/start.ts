import { checkServerConfig, type AtlasConfig } from "../config.ts";
import { ensureClientBuilt } from "../client-build.ts";
import { connectDatabase, servingDatabase } from "../db/index.ts";
import { prepareDatabase } from "./prepare-database.ts";
import { buildSchema } from "../graphql/index.ts";
import { createHttpServer } from "../http/index.ts";
import { wholeNetwork } from "../api/index.ts";
import type { Logger } from "../logger.ts";

/** `npm start`: database, schema, sample data, then the dashboard and API on PORT. Ctrl-C stops it all. */
export async function start(config: AtlasConfig, logger: Logger): Promise<void> {
  // Before anything starts: a refused configuration must not leave a database or a build behind.
  checkServerConfig(config);
  const started = Date.now();
  const clientDir = await ensureClientBuilt(logger);
  const database = await connectDatabase(config, logger);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "stopping");
    await server?.close().catch((error: unknown) => logger.error({ err: error }, "error while stopping the HTTP server"));
    await database.close();
    logger.info("stopped");
    process.exit(0);
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));

  let server: Awaited<ReturnType<typeof createHttpServer>> | undefined;
  try {
    await prepareDatabase(database, { loadSample: config.loadSample, loadRegister: config.loadRegister, logger });
    // Requests must get an answer even from a database that hangs; the start-up above may wait.
    const serving = servingDatabase(database);
    const schema = await buildSchema(serving.driverForGraphQL(), { jwtSecret: config.jwtSecret, writes: config.writes });
    await schema.neo4jGraphQL.checkNeo4jCompat({ sessionConfig: database.name ? { database: database.name } : undefined });
    server = await createHttpServer({
      database: serving,
      schema,
      logger,
      clientDir,
      rateLimitPerMinute: config.rateLimitPerMinute,
      corsOrigins: config.corsOrigins,
      trustProxy: config.trustProxy,
      jwtSecret: config.jwtSecret,
      introspection: config.introspection,
    });
    await server.listen(config.port).catch((error: NodeJS.ErrnoException) => {
      throw error.code === "EADDRINUSE" ? new Error(`Port ${config.port} is already in use; stop what runs there or set PORT.`) : error;
    });
  } catch (error) {
    await database.close();
    throw error;
  }
  // The whole network's metrics frame every profile: compute them now, in the background, rather
  // than on the first visitor's request.
  // After an ingest from another process the same holds: a minute's check recomputes them once
  // the graph has changed (and costs one indexed read when it has not).
  const api = server.api;
  let warmedVersion = -1;
  const warm = () => {
    const warming = Date.now();
    wholeNetwork(api).then(
      ({ network }) => {
        if (api.analytics.graphVersion === warmedVersion) return;
        warmedVersion = api.analytics.graphVersion;
        logger.info({ nodes: network.totalNodes, links: network.totalLinks, ms: Date.now() - warming }, "network metrics ready");
      },
      (error: unknown) => logger.warn({ err: error }, "could not compute the network metrics ahead; they will be computed on first use"),
    );
  };
  warm();
  setInterval(warm, 60_000).unref();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `\nAlliance Atlas is running at http://localhost:${config.port}  (ready in ${seconds}s)\n` +
      `  database: ${database.description}\n` +
      `  GraphQL:  http://localhost:${config.port}/graphql  (IDE at /graphiql)\n` +
      `Press Ctrl-C to stop.\n\n`,
  );
}
