import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { ensureClientBuilt } from "../server/client-build.ts";
import { createDatabase } from "../server/db/database.ts";
import { startEmbeddedNeo4j } from "../server/db/embedded-neo4j.ts";
import { createLogger } from "../server/logger.ts";

declare module "vitest" {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jUser: string;
    neo4jPassword: string;
    /** Set when the tests run on the embedded database this setup started. */
    embeddedHome: string;
  }
}

/**
 * One real Neo4j for the whole run: NEO4J_URI when set, else the embedded one in a temporary
 * ATLAS_HOME on any free port. A database that cannot be reached fails the run: no test is skipped.
 */
export default async function setup(project: TestProject) {
  const logger = createLogger(process.env.LOG_LEVEL ?? "warn");
  // The HTTP and browser tests serve the built dashboard, as npm start does.
  await ensureClientBuilt(logger);
  if (process.env.NEO4J_URI) {
    const user = process.env.NEO4J_USER ?? "neo4j";
    const password = process.env.NEO4J_PASSWORD ?? "";
    const database = createDatabase(process.env.NEO4J_URI, { user, password }, { description: "test database" });
    try {
      await database.verifyConnectivity();
      // The tests empty the database between files: refuse to touch one that holds anything else.
      const foreign = await database.read("MATCH (n) WHERE NOT n:AtlasTestData RETURN count(n) AS n");
      const marker = await database.read("MATCH (m:AtlasTestMarker) RETURN count(m) AS n");
      if (Number(foreign.records[0]!.get("n")) > 0 && Number(marker.records[0]!.get("n")) === 0) {
        throw new Error(`NEO4J_URI ${process.env.NEO4J_URI} holds data the tests did not write; the tests would erase it. Point NEO4J_URI at an empty test database.`);
      }
    } finally {
      await database.close();
    }
    project.provide("neo4jUri", process.env.NEO4J_URI);
    project.provide("neo4jUser", user);
    project.provide("neo4jPassword", password);
    project.provide("embeddedHome", "");
    return;
  }
  const home = mkdtempSync(path.join(os.tmpdir(), "atlas-test-"));
  // Any free port, taken by the launcher itself: a port chosen here could be taken by another process before Neo4j binds it.
  const embedded = await startEmbeddedNeo4j({ home, boltPort: 0, logger, startTimeoutMs: 180_000 });
  project.provide("neo4jUri", embedded.uri);
  project.provide("neo4jUser", "");
  project.provide("neo4jPassword", "");
  project.provide("embeddedHome", home);
  return async () => {
    await embedded.stop();
    rmSync(home, { recursive: true, force: true });
  };
}
