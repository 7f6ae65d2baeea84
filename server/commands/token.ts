import { parseArgs } from "node:util";
import type { AtlasConfig } from "../config.ts";
import { maxTokenLifetimeSeconds, signEditorToken } from "../graphql/index.ts";
import { weakSecretProblem } from "../secret-strength.ts";

export const tokenUsage = "usage: npm run -s atlas -- token --subject NAME [--role editor] [--expires 8h]\n";

const unitSeconds: Record<string, number> = { s: 1, m: 60, h: 3_600, d: 86_400, w: 604_800, y: 31_557_600 };
const maxDays = maxTokenLifetimeSeconds / 86_400;

/** `--expires` as seconds from now: a number with a unit (90s, 30m, 8h, 7d, 2w), or a problem to tell. */
export function parseExpires(text: string): number | string {
  const match = /^(\d+(?:\.\d+)?)\s*([smhdwy])$/i.exec(text.trim());
  if (!match) return `token: --expires must be a duration such as 30m, 8h or 7d (a number and s, m, h, d or w), not "${text}".`;
  const seconds = Math.round(Number(match[1]) * unitSeconds[match[2]!.toLowerCase()]!);
  if (seconds < 1) return `token: --expires must be at least a second, not "${text}".`;
  if (seconds > maxTokenLifetimeSeconds) {
    return `token: --expires ${text} is longer than a token may live: at most ${maxDays} days (${maxDays}d), since the server refuses longer ones. Keep it short (8h) and mint another when it runs out.`;
  }
  return seconds;
}

/**
 * `token`: a bearer token for the API's writes, signed (HS256) with ATLAS_JWT_SECRET, carrying
 * `roles`, this API as issuer and audience, and an expiry at most 30 days away. Whoever holds the
 * secret can mint tokens, so this runs where the server's configuration is, never in a browser.
 */
export async function tokenCommand(config: AtlasConfig, args: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: { subject: { type: "string" }, role: { type: "string", multiple: true }, expires: { type: "string", default: "8h" } },
      strict: true,
    }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${tokenUsage}`);
    return 2;
  }
  if (!config.jwtSecret) {
    process.stderr.write("token: ATLAS_JWT_SECRET is not set; the server checks tokens with it, so set the same value here.\n");
    return 2;
  }
  // A token signed with a guessable secret proves nothing: whoever guesses it mints their own.
  const weak = weakSecretProblem("ATLAS_JWT_SECRET", config.jwtSecret);
  if (weak !== undefined) {
    process.stderr.write(`token: ${weak}\n`);
    return 2;
  }
  if (!values.subject) {
    process.stderr.write(`token: --subject names who the token is for (it is recorded on what they review).\n${tokenUsage}`);
    return 2;
  }
  const lifetimeSeconds = parseExpires(values.expires);
  if (typeof lifetimeSeconds === "string") {
    process.stderr.write(`${lifetimeSeconds}\n`);
    return 2;
  }
  const token = await signEditorToken(config.jwtSecret, { subject: values.subject, roles: values.role ?? ["editor"], lifetimeSeconds });
  process.stdout.write(`${token}\n`);
  return 0;
}
