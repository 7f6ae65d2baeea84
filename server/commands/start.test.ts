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

  it("goes past the check in production with writes off", async () => {
    const config = loadConfig({ NODE_ENV: "production", ATLAS_WRITES: "off", ATLAS_SAMPLE: "off" });
    await expect(start(config, createLogger("silent"))).rejects.toThrow("start went past the configuration check");
  });
});
