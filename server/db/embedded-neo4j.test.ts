import { describe, expect, it } from "vitest";
import { parseLauncherLine } from "./embedded-neo4j.ts";

describe("parseLauncherLine", () => {
  it("reads the launcher's protocol lines", () => {
    expect(parseLauncherLine("ATLAS_NEO4J_STARTING")).toEqual({ kind: "starting" });
    expect(parseLauncherLine("ATLAS_NEO4J_READY bolt://127.0.0.1:7687")).toEqual({ kind: "ready", uri: "bolt://127.0.0.1:7687" });
    expect(parseLauncherLine("ATLAS_NEO4J_ERROR port_in_use 127.0.0.1:7687 is already in use by another process.")).toEqual({
      kind: "error",
      code: "port_in_use",
      message: "127.0.0.1:7687 is already in use by another process.",
    });
  });

  it("reads the answers to an IMPORT command", () => {
    expect(parseLauncherLine("ATLAS_NEO4J_IMPORTED 29712")).toEqual({ kind: "imported", ms: 29712 });
    expect(parseLauncherLine("ATLAS_NEO4J_IMPORT_FAILED the importer exited with code 1")).toEqual({ kind: "import-failed", message: "the importer exited with code 1" });
  });

  it("treats anything else as plain output", () => {
    expect(parseLauncherLine("ATLAS_NEO4J_READY")).toEqual({ kind: "other", text: "ATLAS_NEO4J_READY" });
    expect(parseLauncherLine("WARNING: something")).toEqual({ kind: "other", text: "WARNING: something" });
  });
});
