import { decodeJwt } from "jose";
import { afterEach, describe, expect, it, vi } from "vitest";
import { loadConfig } from "../config.ts";
import { checkEditorToken, maxTokenLifetimeSeconds } from "../graphql/index.ts";
import { parseExpires, tokenCommand } from "./token.ts";

// What `openssl rand -hex 32` prints, as SECURITY.md says to make the secret.
const secret = "e16d63723beaafc4603c891f2d80523bb1dfc7fa0c8a74e6067a9e8d1ee50c27";

/** Runs `atlas token …` with the secret, returning its exit code and what it printed. */
async function runToken(args: string[], env: NodeJS.ProcessEnv = { ATLAS_JWT_SECRET: secret }) {
  let stdout = "";
  let stderr = "";
  vi.spyOn(process.stdout, "write").mockImplementation((chunk) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, "write").mockImplementation((chunk) => ((stderr += String(chunk)), true));
  const code = await tokenCommand(loadConfig(env), args);
  vi.restoreAllMocks();
  return { code, stdout, stderr };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("atlas token", () => {
  it("mints a token the server accepts, with issuer, audience, issue time and the expiry asked for", async () => {
    const { code, stdout, stderr } = await runToken(["--subject", "wang.li@example.org", "--expires", "8h"]);
    expect([code, stderr]).toEqual([0, ""]);
    const token = stdout.trim();
    const claims = decodeJwt(token);
    expect(claims).toMatchObject({ iss: "alliance-atlas", aud: "alliance-atlas", sub: "wang.li@example.org", roles: ["editor"] });
    expect(claims.exp! - claims.iat!).toBe(8 * 3600);
    expect(Math.abs(claims.iat! - Date.now() / 1000)).toBeLessThan(5);
    expect(await checkEditorToken(`Bearer ${token}`, secret)).toMatchObject({ editor: { subject: "wang.li@example.org" } });
  });

  it("mints a token of exactly the longest lifetime, 30 days", async () => {
    const { code, stdout } = await runToken(["--subject", "a", "--expires", "30d"]);
    expect(code).toBe(0);
    const claims = decodeJwt(stdout.trim());
    expect(claims.exp! - claims.iat!).toBe(maxTokenLifetimeSeconds);
    expect("editor" in (await checkEditorToken(`Bearer ${stdout.trim()}`, secret))).toBe(true);
  });

  it.each(["100y", "31d", "5w", "721h"])("refuses --expires %s, longer than a token may live, saying the limit, and prints no token", async (expires) => {
    const { code, stdout, stderr } = await runToken(["--subject", "a", "--expires", expires]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      `token: --expires ${expires} is longer than a token may live: at most 30 days (30d), since the server refuses longer ones. Keep it short (8h) and mint another when it runs out.\n`,
    );
  });

  it.each(["soon", "0h", "-1h", "2030-01-01", ""])('refuses --expires "%s", which is no duration, and prints no token', async (expires) => {
    const { code, stdout, stderr } = await runToken(["--subject", "a", `--expires=${expires}`]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^token: --expires must be (a duration such as 30m, 8h or 7d|at least a second)/);
  });
});

describe("atlas token with a guessable secret", () => {
  it.each([
    ["password four times", "password".repeat(4)],
    ["one letter 64 times", "a".repeat(64)],
  ])("refuses to sign with %s, in development as in production, and prints no token", async (_kind, weak) => {
    for (const env of [{ ATLAS_JWT_SECRET: weak }, { ATLAS_JWT_SECRET: weak, NODE_ENV: "production" }]) {
      const { code, stdout, stderr } = await runToken(["--subject", "a"], env);
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).toMatch(/^token: ATLAS_JWT_SECRET is too easy to guess: about \d+ bits .*openssl rand -hex 32/);
    }
  });
});

describe("parseExpires", () => {
  it("reads a number and a unit as seconds", () => {
    expect(parseExpires("90s")).toBe(90);
    expect(parseExpires("30m")).toBe(1800);
    expect(parseExpires("8h")).toBe(28_800);
    expect(parseExpires("1.5h")).toBe(5400);
    expect(parseExpires("7d")).toBe(604_800);
    expect(parseExpires("2w")).toBe(1_209_600);
    expect(parseExpires("30D")).toBe(maxTokenLifetimeSeconds);
  });
});
