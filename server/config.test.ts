import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkServerConfig, ConfigError, defaultRateLimitPerMinute, loadConfig, projectRoot } from "./config.ts";

describe("loadConfig", () => {
  it("defaults to the embedded database under .atlas/ and port 4000", () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.loadSample).toBe(true);
    expect(config.database).toEqual({ kind: "embedded", home: path.join(projectRoot, ".atlas", "neo4j"), boltPort: 7687 });
  });

  it("uses an external Neo4j when NEO4J_URI is set", () => {
    const config = loadConfig({ NEO4J_URI: "neo4j://db.example:7687", NEO4J_USER: "atlas", NEO4J_PASSWORD: "s3cret" });
    expect(config.database).toEqual({ kind: "external", uri: "neo4j://db.example:7687", user: "atlas", password: "s3cret", database: undefined });
  });

  it("honours ATLAS_HOME, ATLAS_BOLT_PORT, PORT and ATLAS_SAMPLE=off", () => {
    const config = loadConfig({ ATLAS_HOME: "/tmp/atlas-x", ATLAS_BOLT_PORT: "7700", PORT: "8080", ATLAS_SAMPLE: "off" });
    expect(config.database).toEqual({ kind: "embedded", home: "/tmp/atlas-x/neo4j", boltPort: 7700 });
    expect(config.port).toBe(8080);
    expect(config.loadSample).toBe(false);
  });

  it("loads the register of higher-education institutions at start unless ATLAS_REGISTER=off", () => {
    expect(loadConfig({}).loadRegister).toBe(true);
    expect(loadConfig({ ATLAS_REGISTER: "on" }).loadRegister).toBe(true);
    expect(loadConfig({ ATLAS_REGISTER: "off" }).loadRegister).toBe(false);
    expect(loadConfig({ ATLAS_REGISTER: "OFF" }).loadRegister).toBe(false);
    expect(() => loadConfig({ ATLAS_REGISTER: "later" })).toThrow(/ATLAS_REGISTER must be "on" or "off"/);
  });

  it("supervises the server unless ATLAS_SUPERVISE=off", () => {
    expect(loadConfig({}).supervise).toBe(true);
    expect(loadConfig({ ATLAS_SUPERVISE: "off" }).supervise).toBe(false);
    expect(() => loadConfig({ ATLAS_SUPERVISE: "no" })).toThrow(/ATLAS_SUPERVISE must be "on" or "off"/);
  });

  it("takes port 0 as any free port, for PORT and ATLAS_BOLT_PORT", () => {
    const config = loadConfig({ PORT: "0", ATLAS_BOLT_PORT: "0" });
    expect(config.port).toBe(0);
    expect(config.database).toMatchObject({ kind: "embedded", boltPort: 0 });
  });

  it("rejects values it cannot use, naming the variable", () => {
    expect(() => loadConfig({ PORT: "eighty" })).toThrow(/PORT must be a port number/);
    expect(() => loadConfig({ ATLAS_BOLT_PORT: "70000" })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: "-1" })).toThrow(/PORT must be a port number/);
    expect(() => loadConfig({ NEO4J_URI: "http://localhost:7474" })).toThrow(/NEO4J_URI must start with/);
    expect(() => loadConfig({ ATLAS_SAMPLE: "maybe" })).toThrow(/ATLAS_SAMPLE/);
  });

  it("defaults to writes on, a rate limit of 600 a minute, no CORS origins and no trusted proxy", () => {
    const config = loadConfig({});
    expect(config.writes).toBe(true);
    expect(config.rateLimitPerMinute).toBe(600);
    expect(defaultRateLimitPerMinute).toBe(600);
    expect(config.corsOrigins).toEqual([]);
    expect(config.trustProxy).toBe(false);
    expect(config.production).toBe(false);
  });

  it("reads ATLAS_RATE_LIMIT as requests a minute, or off", () => {
    expect(loadConfig({ ATLAS_RATE_LIMIT: "120" }).rateLimitPerMinute).toBe(120);
    expect(loadConfig({ ATLAS_RATE_LIMIT: "off" }).rateLimitPerMinute).toBeNull();
    expect(loadConfig({ ATLAS_RATE_LIMIT: "OFF" }).rateLimitPerMinute).toBeNull();
    expect(loadConfig({ ATLAS_RATE_LIMIT: "" }).rateLimitPerMinute).toBe(600);
  });

  it("refuses an ATLAS_RATE_LIMIT that is not a positive whole number or off, naming the variable", () => {
    for (const bad of ["0", "-5", "1.5", "lots", "600/min", "1e3", "on"]) {
      expect(() => loadConfig({ ATLAS_RATE_LIMIT: bad }), bad).toThrow(ConfigError);
      expect(() => loadConfig({ ATLAS_RATE_LIMIT: bad }), bad).toThrow(`ATLAS_RATE_LIMIT must be a number of requests per minute from one client (a whole number, at least 1) or "off", not "${bad}"`);
    }
  });

  it("reads ATLAS_INTROSPECTION as on or off, on by default whatever NODE_ENV says, and names it when it is neither", () => {
    expect(loadConfig({}).introspection).toBe(true);
    expect(loadConfig({ NODE_ENV: "production" }).introspection).toBe(true);
    expect(loadConfig({ NODE_ENV: "production", ATLAS_INTROSPECTION: "on" }).introspection).toBe(true);
    expect(loadConfig({ ATLAS_INTROSPECTION: "off" }).introspection).toBe(false);
    expect(loadConfig({ ATLAS_INTROSPECTION: " OFF " }).introspection).toBe(false);
    for (const bad of ["no", "false", "0", "production"]) {
      expect(() => loadConfig({ ATLAS_INTROSPECTION: bad })).toThrow(ConfigError);
      expect(() => loadConfig({ ATLAS_INTROSPECTION: bad })).toThrow(`ATLAS_INTROSPECTION must be "on" or "off", not "${bad}"`);
    }
  });

  it("reads ATLAS_WRITES as on or off", () => {
    expect(loadConfig({ ATLAS_WRITES: "off" }).writes).toBe(false);
    expect(loadConfig({ ATLAS_WRITES: "on" }).writes).toBe(true);
    expect(() => loadConfig({ ATLAS_WRITES: "no" })).toThrow(/ATLAS_WRITES must be "on" or "off", not "no"/);
  });

  it("reads ATLAS_CORS_ORIGINS as exact origins and refuses anything else", () => {
    expect(loadConfig({ ATLAS_CORS_ORIGINS: "https://planning.example.org, http://localhost:5173" }).corsOrigins).toEqual([
      "https://planning.example.org",
      "http://localhost:5173",
    ]);
    for (const bad of ["*", "https://planning.example.org/", "https://planning.example.org/app", "planning.example.org", "ftp://x.example"]) {
      expect(() => loadConfig({ ATLAS_CORS_ORIGINS: bad }), bad).toThrow(/ATLAS_CORS_ORIGINS must list exact origins/);
    }
  });

  it("reads ATLAS_TRUST_PROXY as a number of proxies or their addresses, and refuses trusting every proxy", () => {
    expect(loadConfig({ ATLAS_TRUST_PROXY: "1" }).trustProxy).toBe(1);
    expect(loadConfig({ ATLAS_TRUST_PROXY: "loopback, 10.0.0.0/8" }).trustProxy).toBe("loopback,10.0.0.0/8");
    expect(loadConfig({ ATLAS_TRUST_PROXY: "10.0.0.5,fd00::/8,192.168.0.0/255.255.0.0" }).trustProxy).toBe("10.0.0.5,fd00::/8,192.168.0.0/255.255.0.0");
    expect(loadConfig({ ATLAS_TRUST_PROXY: "off" }).trustProxy).toBe(false);
    expect(() => loadConfig({ ATLAS_TRUST_PROXY: "true" })).toThrow(/ATLAS_TRUST_PROXY must be the number of proxies/);
    for (const bad of ["a b", "proxy.internal", "10.0.0.0/33", "10.0.0.300", "loopback,"]) {
      expect(() => loadConfig({ ATLAS_TRUST_PROXY: bad }), bad).toThrow(/ATLAS_TRUST_PROXY must be a number of proxies, or addresses and subnets/);
    }
  });

  it("reads ATLAS_HEAVY_CONCURRENCY and ATLAS_HEAVY_QUEUE, 2 and 32 by default, and refuses what it cannot use, naming the variable", () => {
    expect(loadConfig({}).heavyWork).toEqual({ concurrency: 2, queue: 32 });
    expect(loadConfig({ ATLAS_HEAVY_CONCURRENCY: "4", ATLAS_HEAVY_QUEUE: "0" }).heavyWork).toEqual({ concurrency: 4, queue: 0 });
    expect(loadConfig({ ATLAS_HEAVY_CONCURRENCY: " 8 ", ATLAS_HEAVY_QUEUE: "" }).heavyWork).toEqual({ concurrency: 8, queue: 32 });
    for (const bad of ["0", "51", "-1", "1.5", "two", "off"]) {
      expect(() => loadConfig({ ATLAS_HEAVY_CONCURRENCY: bad }), bad).toThrow(
        `ATLAS_HEAVY_CONCURRENCY must be how many analytics queries may run at once, a whole number from 1 to 50, not "${bad}"`,
      );
    }
    for (const bad of ["-1", "10001", "lots"]) {
      expect(() => loadConfig({ ATLAS_HEAVY_QUEUE: bad }), bad).toThrow(ConfigError);
      expect(() => loadConfig({ ATLAS_HEAVY_QUEUE: bad }), bad).toThrow(/^ATLAS_HEAVY_QUEUE must be how many analytics queries may wait/);
    }
  });
});

describe("checkServerConfig", () => {
  // What `openssl rand -hex 32` printed once.
  const secret = "47bcc8bf80bf4baae64ad4d88ba4b7d27b8a26ae18bd9ade2c13a412f69821c1";

  it("refuses to serve writes in production without ATLAS_JWT_SECRET, saying what to set", () => {
    const config = loadConfig({ NODE_ENV: "production" });
    expect(config.production).toBe(true);
    expect(() => checkServerConfig(config)).toThrow(ConfigError);
    expect(() => checkServerConfig(config)).toThrow(/NODE_ENV is production and the write API is on, but ATLAS_JWT_SECRET is not set.*ATLAS_WRITES=off/);
  });

  it("refuses a production secret that is easy to guess, by its characters rather than its length", () => {
    for (const weak of ["short", "password".repeat(4), "a".repeat(64), "0123456789abcdef0123456789abcdef", "password".repeat(20)]) {
      expect(() => checkServerConfig(loadConfig({ NODE_ENV: "production", ATLAS_JWT_SECRET: weak })), weak).toThrow(ConfigError);
      expect(() => checkServerConfig(loadConfig({ NODE_ENV: "production", ATLAS_JWT_SECRET: weak })), weak).toThrow(
        /^NODE_ENV is production and ATLAS_JWT_SECRET is too easy to guess: about \d+ bits by the variety and repetition of its characters, under the 128 a signing key needs .*openssl rand -hex 32/,
      );
    }
  });

  it("lets production start with a secret, or with writes off and no secret", () => {
    expect(() => checkServerConfig(loadConfig({ NODE_ENV: "production", ATLAS_JWT_SECRET: secret }))).not.toThrow();
    expect(() => checkServerConfig(loadConfig({ NODE_ENV: "production", ATLAS_WRITES: "off" }))).not.toThrow();
  });

  it("keeps development working without a secret", () => {
    expect(() => checkServerConfig(loadConfig({}))).not.toThrow();
    expect(() => checkServerConfig(loadConfig({ NODE_ENV: "development", ATLAS_JWT_SECRET: "short" }))).not.toThrow();
  });
});
