import { describe, expect, it } from "vitest";
import { parseBenchArgs } from "./bench-command.ts";

describe("parseBenchArgs", () => {
  it("reads --quick, --scale and --only", () => {
    expect(parseBenchArgs([])).toEqual({ quick: false });
    expect(parseBenchArgs(["--quick", "--scale", "tiny", "--only", "api,load"])).toEqual({ quick: true, scale: "tiny", only: ["api", "load"] });
  });

  it("names what is wrong", () => {
    expect(parseBenchArgs(["--scale", "galactic"])).toMatch(/--scale must be one of .*not "galactic"/);
    expect(parseBenchArgs(["--only", "api,speed"])).toMatch(/--only takes .* not speed/);
    expect(parseBenchArgs(["--only"])).toBe("--only needs a value");
    expect(parseBenchArgs(["--fast"])).toBe('unexpected argument "--fast"');
    expect(parseBenchArgs(["--ingest-paths", "importer"])).toEqual({ quick: false, ingestPaths: ["load-csv", "importer"] });
    expect(parseBenchArgs(["--ingest-paths", "copy"])).toMatch(/--ingest-paths takes load-csv, pipeline, importer, not copy/);
  });
});
