import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { startEmbeddedNeo4j } from "../../server/db/embedded-neo4j.ts";
import { createLogger } from "../../server/logger.ts";

const embeddedHome = inject("embeddedHome");
const logger = createLogger("silent");

// These check the launcher itself, so they need the embedded database this run started.
describe.runIf(embeddedHome !== "")("the embedded Neo4j launcher", () => {
  const runningPort = Number(new URL(inject("neo4jUri").replace("bolt:", "http:")).port);

  it("says clearly when its Bolt port is taken, instead of hanging", async () => {
    const home = mkdtempSync(path.join(os.tmpdir(), "atlas-port-"));
    try {
      await expect(startEmbeddedNeo4j({ home, boltPort: runningPort, logger, startTimeoutMs: 60_000 })).rejects.toThrow(
        `127.0.0.1:${runningPort} is already in use by another process. Stop it, or choose another port with ATLAS_BOLT_PORT.`,
      );
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });

  it("says clearly when another process holds the store, instead of hanging", async () => {
    await expect(startEmbeddedNeo4j({ home: embeddedHome, boltPort: runningPort + 1, logger, startTimeoutMs: 60_000 })).rejects.toThrow(
      /is in use by another process .*Stop the other Alliance Atlas, or point ATLAS_HOME elsewhere/,
    );
  });
});
