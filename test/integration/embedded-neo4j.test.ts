import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { loadConfig } from "../../server/config.ts";
import { connectDatabase } from "../../server/db/database.ts";
import { startEmbeddedNeo4j } from "../../server/db/embedded-neo4j.ts";
import { createLogger } from "../../server/logger.ts";

const embeddedHome = inject("embeddedHome");
const logger = createLogger("silent");

/** This machine's first IPv4 address other than loopback, if it has one. */
const nonLoopbackAddress = Object.values(os.networkInterfaces())
  .flat()
  .find((address) => address?.family === "IPv4" && !address.internal)?.address;

/** "connected", or the error code of a TCP connection attempt (given up after three seconds). */
function tryConnect(host: string, port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.setTimeout(3_000, () => {
      socket.destroy();
      resolve("ETIMEDOUT");
    });
    socket.once("connect", () => {
      socket.destroy();
      resolve("connected");
    });
    socket.once("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}

// These check the launcher itself, so they need the embedded database this run started.
describe.runIf(embeddedHome !== "")("the embedded Neo4j launcher", () => {
  const runningPort = Number(new URL(inject("neo4jUri").replace("bolt:", "http:")).port);

  // The embedded database has no password: only processes on this machine may reach it.
  it.skipIf(nonLoopbackAddress === undefined)(
    `listens on loopback only: its Bolt port is not reachable on this machine's network address (${nonLoopbackAddress ?? "skipped: this machine has no non-loopback IPv4 address"})`,
    async () => {
      expect(await tryConnect("127.0.0.1", runningPort)).toBe("connected");
      expect(await tryConnect(nonLoopbackAddress!, runningPort)).not.toBe("connected");
    },
  );

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

  it("reuses the database of its home that already runs, whichever Bolt port it was told", async () => {
    const config = loadConfig({ ...process.env, NEO4J_URI: "" });
    const otherPort = runningPort === 7699 ? 7698 : 7699;
    const database = await connectDatabase({ ...config, database: { kind: "embedded", home: embeddedHome, boltPort: otherPort } }, logger);
    try {
      expect(database.embedded).toBeUndefined(); // reused, not started (and so not this process's to stop)
      expect(Number((await database.read("RETURN 1 AS one")).records[0]!.get("one"))).toBe(1);
      expect(await tryConnect("127.0.0.1", otherPort)).not.toBe("connected");
    } finally {
      await database.close();
    }
  });

  it("says clearly when another process holds the store, instead of hanging", async () => {
    // Any free port (0): a port that another process takes first is replaced by another, so only the store can be the trouble.
    await expect(startEmbeddedNeo4j({ home: embeddedHome, boltPort: 0, logger, startTimeoutMs: 60_000 })).rejects.toThrow(
      /is in use by another process .*Stop the other Alliance Atlas, or point ATLAS_HOME elsewhere/,
    );
  });

  // A port chosen as free may be taken before Neo4j binds it (on a busy machine it was, and a test
  // failed with "already in use"); with retries the start takes another port instead.
  it("starts on another port when the one it was given is taken, if retries are allowed", { timeout: 240_000 }, async () => {
    const squatter = net.createServer();
    await new Promise<void>((resolve) => squatter.listen(0, "127.0.0.1", resolve));
    const taken = (squatter.address() as net.AddressInfo).port;
    const home = mkdtempSync(path.join(os.tmpdir(), "atlas-port-retry-"));
    try {
      const embedded = await startEmbeddedNeo4j({ home, boltPort: taken, portRetries: 3, logger, startTimeoutMs: 180_000 });
      try {
        expect(embedded.boltPort).not.toBe(taken);
        expect(embedded.uri).toBe(`bolt://127.0.0.1:${embedded.boltPort}`);
        expect(await tryConnect("127.0.0.1", embedded.boltPort)).toBe("connected");
      } finally {
        await embedded.stop();
      }
    } finally {
      squatter.close();
      rmSync(home, { recursive: true, force: true });
    }
  });
});
