import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig, projectRoot } from "./config.ts";

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

  it("rejects values it cannot use, naming the variable", () => {
    expect(() => loadConfig({ PORT: "eighty" })).toThrow(/PORT must be a port number/);
    expect(() => loadConfig({ ATLAS_BOLT_PORT: "70000" })).toThrow(ConfigError);
    expect(() => loadConfig({ NEO4J_URI: "http://localhost:7474" })).toThrow(/NEO4J_URI must start with/);
    expect(() => loadConfig({ ATLAS_SAMPLE: "maybe" })).toThrow(/ATLAS_SAMPLE/);
  });
});
