import neo4j, { type ManagedTransaction } from "neo4j-driver";
import { namedQuery } from "./cypher-files.ts";
import type { Database } from "./database.ts";

/** What a named query answered: its rows as plain objects, and the relationships it created. */
export interface NamedQueryResult<Row = Record<string, unknown>> {
  rows: Row[];
  relationshipsCreated: number;
}

/**
 * The transaction a change runs in, as the work sees it: named queries (cypher/queries/<name>.cypher)
 * with parameters, and nothing else, so no Cypher is ever built from input.
 */
export interface GraphTransaction {
  run<Row = Record<string, unknown>>(name: string, params?: Record<string, unknown>): Promise<NamedQueryResult<Row>>;
}

/** A pair of parties (x.id < y.id) and what new agreements add to their COLLABORATES_WITH link. */
export interface PairContribution {
  x: string;
  y: string;
  agreements: number;
  firstOn?: InstanceType<typeof neo4j.types.Date>;
  lastOn?: InstanceType<typeof neo4j.types.Date>;
}

/** What the work did, as it reports it to changeGraph. */
export interface GraphChange<T> {
  /** What the work hands back to its caller: a load's counts, a reviewed agreement. */
  result: T;
  /** Whether the work created or changed anything; when it did not, the graph's version stays. */
  changed: boolean;
  /**
   * Agreements that may have changed (parties, dates, review status): the COLLABORATES_WITH links of
   * their parties are recounted from the graph (refresh-collaborations).
   */
  touchedAgreements?: readonly string[];
  /**
   * What agreements created by the work add to their parties' links, counted by the work: adding is
   * far cheaper than a recount for a bulk load (add-collaborations). Only for new, unrejected ones.
   */
  newCollaborations?: readonly PairContribution[];
}

export type GraphWork<T> = (tx: GraphTransaction) => Promise<GraphChange<T>>;

/** What one transaction did, once committed. */
export interface GraphChanged<T> {
  /** The work's result. */
  result: T;
  /** Whether the graph's version was bumped: the work or the projection changed something. */
  changed: boolean;
  /** COLLABORATES_WITH links the projection created. */
  collaborationsCreated: number;
}

export interface ChangeGraphOptions<T> {
  /** The database ends each transaction after this long. */
  timeoutMs?: number;
  /** After each committed transaction (of a list, the index of its work): for progress. */
  onCommitted?: (changed: GraphChanged<T>, index: number) => void;
  /**
   * After the last transaction, once, if any of them changed the graph (also when a later one of a
   * list failed): where recomputing what depends on the graph starts. Caches need no call: they
   * read the graph's version on every lookup.
   */
  onChanged?: () => void;
}

function graphTransaction(tx: ManagedTransaction): GraphTransaction {
  return {
    async run<Row>(name: string, params: Record<string, unknown> = {}) {
      const result = await tx.run(namedQuery(name), params);
      return { rows: result.records.map((record) => record.toObject() as Row), relationshipsCreated: result.summary.counters.updates().relationshipsCreated };
    },
  };
}

/** Keeps the COLLABORATES_WITH projection in step with PARTY_TO for what the work reported; returns the links created. */
async function updateCollaborations(tx: GraphTransaction, change: GraphChange<unknown>): Promise<number> {
  let created = 0;
  const pairs = (change.newCollaborations ?? []).map((pair) => ({ ...pair, agreements: neo4j.int(pair.agreements) }));
  if (pairs.length > 0) created += (await tx.run("add-collaborations", { pairs })).relationshipsCreated;
  const touched = change.touchedAgreements ?? [];
  if (touched.length > 0) created += (await tx.run("refresh-collaborations", { agreementIds: touched })).relationshipsCreated;
  return created;
}

/** One write transaction: the work, its share of the projection, and the version bump, committed together. */
function changeInOneTransaction<T>(database: Database, work: GraphWork<T>, timeoutMs: number | undefined): Promise<GraphChanged<T>> {
  // The driver retries the whole function on transient errors: each attempt counts afresh.
  return database.writeTransaction(
    async (managed) => {
      const tx = graphTransaction(managed);
      const change = await work(tx);
      // The projection moves with the agreements; it is recounted for the agreements the work
      // touched even when they did not change, which also mends a link that had gone astray.
      const collaborationsCreated = await updateCollaborations(tx, change);
      const changed = change.changed || collaborationsCreated > 0;
      // Bumped inside the transaction that made the change, so the two commit together and every
      // server's caches see the change, whichever process made it.
      if (changed) await tx.run("mark-graph-changed");
      return { result: change.result, changed, collaborationsCreated };
    },
    { timeoutMs },
  );
}

/**
 * The one way to change the graph. `work` runs in one write transaction, with the COLLABORATES_WITH
 * links of the agreements it reports and, when anything changed, the graph's version bump: all
 * commit together or not at all. A list of works runs one transaction each, in order, each with its
 * own share of the projection and its own bump, so a run cut short leaves whole transactions and
 * running it again ends with the same graph.
 */
export function changeGraph<T>(database: Database, work: GraphWork<T>, options?: ChangeGraphOptions<T>): Promise<GraphChanged<T>>;
export function changeGraph<T>(database: Database, works: readonly GraphWork<T>[], options?: ChangeGraphOptions<T>): Promise<GraphChanged<T>[]>;
export async function changeGraph<T>(
  database: Database,
  work: GraphWork<T> | readonly GraphWork<T>[],
  options: ChangeGraphOptions<T> = {},
): Promise<GraphChanged<T> | GraphChanged<T>[]> {
  const works = typeof work === "function" ? [work] : work;
  const done: GraphChanged<T>[] = [];
  try {
    for (const [index, one] of works.entries()) {
      const changed = await changeInOneTransaction(database, one, options.timeoutMs);
      done.push(changed);
      options.onCommitted?.(changed, index);
    }
  } finally {
    if (done.some((one) => one.changed)) options.onChanged?.();
  }
  return typeof work === "function" ? done[0]! : done;
}
