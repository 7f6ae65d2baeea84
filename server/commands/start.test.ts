import { describe, expect, it, vi } from "vitest";
import { ConfigError, loadConfig } from "../config.ts";
import { createLogger } from "../logger.ts";

// Were the check missing, start would go on to build the client and start a database: these
// stand-ins make that a plain failure instead.
vi.mock("../client-build.ts", () => ({ ensureClientBuilt: vi.fn(async () => Promise.reject(new Error("start went past the configuration check"))) }));
vi.mock("../db/database.ts", () => ({ connectDatabase: vi.fn(async () => Promise.reject(new Error("start went past the configuration check"))) }));

const { start } = await import("./start.ts");

describe("start", () => {
  it("refuses to start in production with writes on and no ATLAS_JWT_SECRET, before starting anything", async () => {
    const config = loadConfig({ NODE_ENV: "production", ATLAS_SAMPLE: "off" });
    await expect(start(config, createLogger("silent"))).rejects.toThrow(ConfigError);
    await expect(start(config, createLogger("silent"))).rejects.toThrow(/ATLAS_JWT_SECRET is not set/);
  });

  it("refuses to start in production with a secret as easy to guess as password four times, before starting anything", async () => {
    for (const weak of ["password".repeat(4), "a".repeat(64)]) {
      const config = loadConfig({ NODE_ENV: "production", ATLAS_SAMPLE: "off", ATLAS_JWT_SECRET: weak });
      await expect(start(config, createLogger("silent"))).rejects.toThrow(/ATLAS_JWT_SECRET is too easy to guess/);
    }
  });

  it("goes past the check in production with a random secret (openssl rand -hex 32)", async () => {
    const config = loadConfig({ NODE_ENV: "production", ATLAS_SAMPLE: "off", ATLAS_JWT_SECRET: "47bcc8bf80bf4baae64ad4d88ba4b7d27b8a26ae18bd9ade2c13a412f69821c1" });
    await expect(start(config, createLogger("silent"))).rejects.toThrow("start went past the configuration check");
  });

  it("goes past the check in production with writes off", async () => {
    const config = loadConfig({ NODE_ENV: "production", ATLAS_WRITES: "off", ATLAS_SAMPLE: "off" });
    await expect(start(config, createLogger("silent"))).rejects.toThrow("start went past the configuration check");
  });
});
