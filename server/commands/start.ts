import { checkServerConfig, type AtlasConfig } from "../config.ts";
import { ensureClientBuilt } from "../client-build.ts";
import { connectDatabase, servingDatabase } from "../db/index.ts";
import { prepareDatabase } from "./prepare-database.ts";
import { buildSchema } from "../graphql/index.ts";
import { createHttpServer } from "../http/index.ts";
import type { Logger } from "../logger.ts";
import type { ServerMessage } from "../supervisor.ts";

export interface StartOptions {
  /**
   * Run under the supervisor (server/supervisor.ts), which forked this process: tell it the
   * database's JVM and the port once serving, and stop when it goes away.
   */
  supervised?: boolean;
}

/** Tells the supervisor, if there is one to tell. */
function report(message: ServerMessage): void {
  if (process.connected) process.send?.(message);
}

/** `npm start`: database, schema, sample data, then the dashboard and API on PORT. Ctrl-C stops it all. */
export async function start(config: AtlasConfig, logger: Logger, options: StartOptions = {}): Promise<void> {
  // Before anything starts: a refused configuration must not leave a database or a build behind.
  checkServerConfig(config);
  const started = Date.now();
  const clientDir = await ensureClientBuilt(logger);
  const database = await connectDatabase(config, logger);
  // After a crash of this process, the supervisor waits for this JVM to be gone before it starts a server again.
  if (options.supervised && database.embeddedPid !== undefined) report({ atlas: "database", pid: database.embeddedPid });
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
  // Not once: Ctrl-C reaches this process from the terminal and again from the supervisor, and a
  // second signal must not kill it in the middle of stopping its database.
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));

  let server: Awaited<ReturnType<typeof createHttpServer>> | undefined;
  // The supervisor gone (killed): stop rather than run on where nothing would restart or stop us.
  if (options.supervised) {
    if (process.connected) process.once("disconnect", () => void stop("supervisor gone"));
    else void stop("supervisor gone");
  }
  // PORT=0 takes any free port, bound here in one step (no port chosen first that another process could take); the banner says which.
  let port: number;
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
      heavyWork: config.heavyWork,
      introspection: config.introspection,
      // The stored metrics every view reads: recomputed now when the graph changed since they were
      // (an ingest from another process, a first start), then after every change.
      recompute: config.recompute,
    });
    port = await server.listen(config.port).catch((error: NodeJS.ErrnoException) => {
      throw error.code === "EADDRINUSE" ? new Error(`Port ${config.port} is already in use; stop what runs there or set PORT.`) : error;
    });
  } catch (error) {
    await database.close();
    throw error;
  }
  if (options.supervised) report({ atlas: "ready", port });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `\nAlliance Atlas is running at http://localhost:${port}  (ready in ${seconds}s)\n` +
      `  database: ${database.description}\n` +
      `  GraphQL:  http://localhost:${port}/graphql  (IDE at /graphiql)\n` +
      `Press Ctrl-C to stop.\n\n`,
  );
}
