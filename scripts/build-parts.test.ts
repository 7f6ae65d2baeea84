import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { isStale } from "./build-parts.js";

let root: string;

/** Writes a file under the temporary project with the given modification time (seconds). */
function file(relative: string, mtime: number, content = "") {
  const target = path.join(root, relative);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, content);
  // A folder's time changes when an entry is added to it, as the file's does.
  for (let entry = target; entry !== root; entry = path.dirname(entry)) utimesSync(entry, mtime, mtime);
}

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), "atlas-build-parts-"));
  file("package.json", 100);
  file("package-lock.json", 100);
  file("tsconfig.json", 100);
  file("vite.config.ts", 100);
  file("client/src/main.ts", 100);
  file("server/cli.ts", 100);
  file("server/config.ts", 100);
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("isStale", () => {
  it("calls for a build of each part that was never built", () => {
    expect(isStale(root, "client")).toBe(true);
    expect(isStale(root, "server")).toBe(true);
  });

  it("takes the dashboard as current when built after everything in client/ and the Vite config", () => {
    file("dist/client/index.html", 200);
    expect(isStale(root, "client")).toBe(false);
    file("client/src/views/new-view.ts", 300);
    expect(isStale(root, "client")).toBe(true);
  });

  it("rebuilds the dashboard after the installed packages changed", () => {
    file("dist/client/index.html", 200);
    file("package-lock.json", 300);
    expect(isStale(root, "client")).toBe(true);
  });

  it("takes the server as current when built after every file it bundled, and only those", () => {
    file("dist/server/meta.json", 200, JSON.stringify({ inputs: { "server/cli.ts": {}, "server/config.ts": {} } }));
    file("dist/server/cli.js", 200);
    expect(isStale(root, "server")).toBe(false);
    file("server/other.test.ts", 300);
    expect(isStale(root, "server")).toBe(false);
    file("server/config.ts", 300);
    expect(isStale(root, "server")).toBe(true);
  });

  it("rebuilds the server when a file it bundled is gone", () => {
    file("dist/server/meta.json", 200, JSON.stringify({ inputs: { "server/cli.ts": {}, "server/gone.ts": {} } }));
    file("dist/server/cli.js", 200);
    expect(isStale(root, "server")).toBe(true);
  });

  it("rebuilds the server without its list of bundled files", () => {
    file("dist/server/cli.js", 200);
    expect(isStale(root, "server")).toBe(true);
  });
});
