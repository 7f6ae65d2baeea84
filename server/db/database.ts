import { readFileSync } from "node:fs";
import path from "node:path";
import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type RecordShape, type Session } from "neo4j-driver";
import type { AtlasConfig } from "../config.ts";
import { sharedRead } from "../cache/index.ts";
import type { Logger } from "../logger.ts";
import { EmbeddedNeo4jError, startEmbeddedNeo4j, type EmbeddedNeo4j } from "./embedded-neo4j.ts";

/** The one way the rest of the server reaches Neo4j: reads go to read transactions, so cluster followers serve them. */
export interface Database {
  uri: string;
  /** Neo4j database name; undefined means the server's default. */
  name?: string;
  /** Describes where the data is, for the start-up banner. */
  description: string;
  read<R extends RecordShape = RecordShape>(cypher: string, params?: Record<string, unknown>, options?: QueryOptions): Promise<QueryResult<R>>;
  write<R extends RecordShape = RecordShape>(cypher: string, params?: Record<string, unknown>, options?: QueryOptions): Promise<QueryResult<R>>;
  /**
   * Runs `work` in one write transaction (retried by the driver on transient errors, so `work` must
   * count afresh on each attempt). Changes to the graph go through changeGraph (change-graph.ts).
   */
  writeTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>, options?: QueryOptions): Promise<T>;
  /** A query in a transaction of its own (auto-commit): the only way to run CALL … IN TRANSACTIONS. */
  runAutoCommit<R extends RecordShape = RecordShape>(cypher: string, params?: Record<string, unknown>): Promise<QueryResult<R>>;
  /** Resolves once the database answers; rejects with the driver's reason when it does not. */
  verifyConnectivity(): Promise<void>;
  /**
   * The driver itself, for @neo4j/graphql only: the generated resolvers open their own sessions and
   * cannot be given anything else. Everything else goes through the methods above, so the hang
   * guard (servingDatabase), the timeouts and the named queries cannot be bypassed by accident.
   */
  driverForGraphQL(): Driver;
  /** True when the database answers a trivial query within the timeout. */
  ping(timeoutMs?: number): Promise<boolean>;
  /**
   * Down, busy or answering, told apart on a connection of the probe's own, never one of the pool
   * the queries share: a pool held by slow queries says nothing about the database.
   */
  probe(options?: ProbeOptions): Promise<Probe>;
  /**
   * Forgets the bookmarks the driver keeps for `read` and `write`: after the store was replaced (by
   * Neo4j's importer) its transaction ids start again, and a bookmark of the old store would make
   * every query wait for a transaction that will never come.
   */
  forgetBookmarks(): Promise<void>;
  /** Closes the driver, and stops the embedded database if this process started it. */
  close(): Promise<void>;
  /** The embedded database's JVM, when this process started it (and close() stops it). */
  embeddedPid?: number;
  /**
   * The embedded database this process started and alone controls (absent for an external Neo4j,
   * and for an embedded one another process started): its home, and its offline importer.
   */
  embedded?: EmbeddedControl;
}

/** What a process may do to the embedded database it started: stop it for Neo4j's importer and start it again. */
export interface EmbeddedControl {
  /** The embedded home (store, logs, and the import folder, `<home>/import`). */
  home: string;
  /** See EmbeddedNeo4j.importFull: the database is stopped, the store built, the database started again on the same port. */
  importFull: EmbeddedNeo4j["importFull"];
}

export interface QueryOptions {
  /** The database ends the transaction after this long (Neo4j's transaction timeout). */
  timeoutMs?: number;
}

export class DatabaseUnavailableError extends Error {}

export interface ProbeOptions {
  /** How long a new connection may take (TCP, Bolt handshake, authentication) before the database is called down. */
  connectMs?: number;
  /** How long a trivial query on it may then take before the database is called busy. */
  answerMs?: number;
}

/**
 * - down: no new connection within connectMs. The database is stopped (refused), unreachable, or
 *   hung: a frozen process still lets the kernel accept the TCP connection, but never answers the
 *   Bolt handshake.
 * - busy: connected, but `RETURN 1` did not answer within answerMs. The handshake and
 *   authentication are Bolt's own work and answer while every query worker is busy.
 * - up: `RETURN 1` answered, after `ms`.
 */
export type Probe = { state: "down"; reason: string } | { state: "busy" } | { state: "up"; ms: number };

const probeDefaults = { connectMs: 2_000, answerMs: 1_000 };

class ProbeTimeout extends Error {}

/** `work`, or a ProbeTimeout after `ms`. */
function within<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ProbeTimeout(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/** A query that has waited this long makes the server check whether the database answers at all. */
const stallCheckMs = 3_000;
/**
 * That check is a probe: a database is called down only when no new connection can be made within
 * 3 s, so one that is busy (its query workers taken, its answers slow) is waited for, and the
 * query ends at its own transaction timeout instead of as DATABASE_UNAVAILABLE.
 */
const stallProbe: ProbeOptions = { connectMs: 3_000, answerMs: 1_000 };

/**
 * Waits for `work`, but not on a database that hangs (frozen, or cut off by the network): the driver
 * has no read timeout, so a query on an open connection to such a database would wait for minutes.
 * Once the work has taken `stallCheckMs`, the database is pinged every so often; when a ping fails the
 * wait ends with the driver's own ServiceUnavailable code, and the work is left to fail on its own.
 */
export function guardAgainstHang<T>(work: Promise<T>, ping: () => Promise<boolean>, checkAfterMs = stallCheckMs): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    const settle = (finish: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      finish();
    };
    const check = async () => {
      const answers = await ping();
      if (settled) return;
      if (answers) timer = setTimeout(() => void check(), checkAfterMs);
      else settle(() => reject(Object.assign(new DatabaseUnavailableError("The database did not answer while the query waited."), { code: "ServiceUnavailable" })));
    };
    timer = setTimeout(() => void check(), checkAfterMs);
    work.then(
      (value) => settle(() => resolve(value)),
      (error: unknown) => settle(() => reject(error)),
    );
  });
}

/**
 * The database as the HTTP server uses it: every query, through the Database or through the driver
 * @neo4j/graphql is given, answers within seconds when the database hangs (guardAgainstHang).
 * Ingest keeps the plain one: its batches may rightly take long on a busy database.
 */
export function servingDatabase(database: Database): Database {
  // One probe at a time, shared by every query waiting: a hundred slow queries make one connection, not a hundred.
  const ping = sharedRead(() => database.probe(stallProbe).then((probe) => probe.state !== "down"));
  const guardedSession = (session: Session): Session =>
    new Proxy(session, {
      get(target, property) {
        if (property === "executeRead" || property === "executeWrite") {
          return (...args: unknown[]) => guardAgainstHang((target[property] as (...a: unknown[]) => Promise<unknown>).apply(target, args), ping);
        }
        // Closing waits for the transaction; after a hang that wait is as long as the hang.
        if (property === "close") {
          return () => guardAgainstHang(target.close(), ping).catch(() => undefined);
        }
        const value = Reflect.get(target, property, target) as unknown;
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
  const driver = new Proxy(database.driverForGraphQL(), {
    get(target, property) {
      if (property === "session") return (...args: Parameters<Driver["session"]>) => guardedSession(target.session(...args));
      const value = Reflect.get(target, property, target) as unknown;
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return {
    ...database,
    driverForGraphQL: () => driver,
    read: (cypher, params, options) => guardAgainstHang(database.read(cypher, params, options), ping),
    write: (cypher, params, options) => guardAgainstHang(database.write(cypher, params, options), ping),
    // Closing the session waits for the transaction; the guard answers without waiting for that.
    writeTransaction: (work, options) => guardAgainstHang(database.writeTransaction(work, options), ping),
    runAutoCommit: (cypher, params) => guardAgainstHang(database.runAutoCommit(cypher, params), ping),
  };
}

const driverConfig = {
  // Fail fast when the database is gone, instead of queueing requests behind a dead connection.
  connectionTimeout: 3_000,
  connectionAcquisitionTimeout: 10_000,
  // The driver's default, said here because the server counts on it: the analytics hold at most
  // ATLAS_HEAVY_CONCURRENCY connections (each runs its queries one after another), so the rest
  // stay for cheap questions; health checks and stall checks connect on their own (probe).
  maxConnectionPoolSize: 100,
  // Retries ride out a leader change or a deadlock; a database that is down fails within seconds.
  maxTransactionRetryTime: 5_000,
  disableLosslessIntegers: true,
  userAgent: "alliance-atlas",
};

export function createDatabase(uri: string, auth: { user: string; password: string } | undefined, options: { name?: string; description: string; onClose?: () => Promise<void> }): Database {
  const driver = neo4j.driver(uri, auth ? neo4j.auth.basic(auth.user, auth.password) : undefined, driverConfig);
  const run = (routing: "READ" | "WRITE") =>
    <R extends RecordShape>(cypher: string, params: Record<string, unknown> = {}, queryOptions: QueryOptions = {}) =>
      driver.executeQuery<QueryResult<R>>(cypher, params, {
        routing: routing === "READ" ? neo4j.routing.READ : neo4j.routing.WRITE,
        database: options.name,
        transactionConfig: queryOptions.timeoutMs ? { timeout: queryOptions.timeoutMs } : undefined,
      });
  const inWriteSession = async <T>(use: (session: Session) => Promise<T>): Promise<T> => {
    const session = driver.session({ database: options.name, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await use(session);
    } finally {
      await session.close();
    }
  };
  return {
    uri,
    name: options.name,
    description: options.description,
    read: run("READ"),
    write: run("WRITE"),
    writeTransaction: (work, queryOptions = {}) =>
      inWriteSession((session) => session.executeWrite(work, queryOptions.timeoutMs ? { timeout: queryOptions.timeoutMs } : undefined)),
    runAutoCommit: <R extends RecordShape>(cypher: string, params: Record<string, unknown> = {}) =>
      inWriteSession(async (session) => (await session.run<R>(cypher, params)) as QueryResult<R>),
    async verifyConnectivity() {
      await driver.verifyConnectivity({ database: options.name });
    },
    driverForGraphQL: () => driver,
    async ping(timeoutMs = 2_000) {
      const session = driver.session({ database: options.name, defaultAccessMode: neo4j.session.READ });
      let timer: NodeJS.Timeout | undefined;
      try {
        const timeout = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error("timeout")), timeoutMs);
        });
        await Promise.race([session.executeRead((tx) => tx.run("RETURN 1")), timeout]);
        return true;
      } catch {
        return false;
      } finally {
        clearTimeout(timer);
        session.close().catch(() => undefined);
      }
    },
    async probe(probeOptions = {}) {
      const { connectMs, answerMs } = { ...probeDefaults, ...probeOptions };
      // A driver of its own, for one connection: made afresh, so a frozen database shows in its handshake.
      const own = neo4j.driver(uri, auth ? neo4j.auth.basic(auth.user, auth.password) : undefined, {
        ...driverConfig,
        connectionTimeout: connectMs,
        connectionAcquisitionTimeout: connectMs,
        maxConnectionPoolSize: 1,
        maxTransactionRetryTime: 0,
      });
      const session = own.session({ database: options.name, defaultAccessMode: neo4j.session.READ });
      try {
        try {
          await within(own.verifyConnectivity({ database: options.name }), connectMs);
        } catch (error) {
          return { state: "down", reason: (error as Error).message };
        }
        const started = Date.now();
        try {
          await within(session.executeRead((tx) => tx.run("RETURN 1")), answerMs);
          return { state: "up", ms: Date.now() - started };
        } catch (error) {
          return error instanceof ProbeTimeout ? { state: "busy" } : { state: "down", reason: (error as Error).message };
        }
      } finally {
        // Not waited for: closing a connection to a frozen database would wait as long as it is frozen.
        session.close().catch(() => undefined).finally(() => own.close().catch(() => undefined));
      }
    },
    async forgetBookmarks() {
      const bookmarks = driver.executeQueryBookmarkManager;
      await bookmarks.updateBookmarks(await bookmarks.getBookmarks(), []);
    },
    async close() {
      await driver.close();
      await options.onClose?.();
    },
  };
}

/** The pid file the launcher writes into its home: "<pid> <port>". */
function runningLauncher(home: string): { pid: number; port: number } | undefined {
  try {
    const [pid, port] = readFileSync(path.join(home, "neo4j.pid"), "utf8").trim().split(/\s+/).map(Number);
    if (!pid || !port) return undefined;
    process.kill(pid, 0);
    return { pid, port };
  } catch {
    return undefined;
  }
}

/**
 * Connects to the configured Neo4j: NEO4J_URI when set; otherwise the embedded database of this
 * ATLAS_HOME, reusing one that already runs (a server started earlier) or starting it.
 */
export async function connectDatabase(config: AtlasConfig, logger: Logger): Promise<Database> {
  const target = config.database;
  if (target.kind === "external") {
    const database = createDatabase(target.uri, { user: target.user, password: target.password }, {
      name: target.database,
      description: `Neo4j at ${target.uri}`,
    });
    try {
      await database.verifyConnectivity();
    } catch (error) {
      await database.close();
      throw new DatabaseUnavailableError(`Cannot reach Neo4j at ${target.uri} (NEO4J_URI): ${(error as Error).message}`);
    }
    return database;
  }

  const running = runningLauncher(target.home);
  // The database of this home is reused on whichever port it runs: a server started with another
  // ATLAS_BOLT_PORT (or 0, any) holds the store, and a second start could only fail on its lock.
  if (running) {
    const uri = `bolt://127.0.0.1:${running.port}`;
    const database = createDatabase(uri, undefined, { description: `embedded Neo4j at ${uri} (already running, pid ${running.pid}), data in ${target.home}` });
    if (await database.ping(5_000)) {
      if (target.boltPort !== 0 && target.boltPort !== running.port) logger.info({ uri, pid: running.pid, boltPort: target.boltPort }, "the embedded neo4j of this ATLAS_HOME already runs on another port than ATLAS_BOLT_PORT: using it there");
      logger.info({ uri, pid: running.pid }, "using the embedded neo4j that is already running");
      return database;
    }
    await database.close();
  }

  let embedded: EmbeddedNeo4j;
  try {
    embedded = await startEmbeddedNeo4j({ home: target.home, boltPort: target.boltPort, logger });
  } catch (error) {
    if (error instanceof EmbeddedNeo4jError) throw new DatabaseUnavailableError(`Embedded Neo4j could not start: ${error.message}`);
    throw error;
  }
  return embeddedDatabase(embedded, target.home, `embedded Neo4j at ${embedded.uri}, data in ${target.home}`);
}

/** The Database of an embedded Neo4j this process started: close() stops it, and `embedded` controls it. */
export function embeddedDatabase(embedded: EmbeddedNeo4j, home: string, description: string): Database {
  const database = createDatabase(embedded.uri, undefined, { description, onClose: () => embedded.stop() });
  return { ...database, embeddedPid: embedded.pid, embedded: { home, importFull: embedded.importFull } };
}
