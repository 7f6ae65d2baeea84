import { parseArgs } from "node:util";
import { SignJWT } from "jose";
import type { AtlasConfig } from "../config.ts";

export const tokenUsage = "usage: npm run -s atlas -- token --subject NAME [--role editor] [--expires 8h]\n";

/**
 * `token`: a bearer token for the API's writes, signed (HS256) with ATLAS_JWT_SECRET, carrying
 * `roles` and an expiry. Whoever holds the secret can mint tokens, so this runs where the server's
 * configuration is, never in a browser.
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
  if (!values.subject) {
    process.stderr.write(`token: --subject names who the token is for (it is recorded on what they review).\n${tokenUsage}`);
    return 2;
  }
  const token = await new SignJWT({ roles: values.role ?? ["editor"] })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(values.subject)
    .setIssuedAt()
    .setExpirationTime(values.expires)
    .sign(new TextEncoder().encode(config.jwtSecret));
  process.stdout.write(`${token}\n`);
  return 0;
}
