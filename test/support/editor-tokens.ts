// Editor tokens for the tests: good ones minted as `atlas token` mints them, and every kind the
// server must refuse, with the status and the words of the refusal. The write API's test
// (api-protection) and the import routes' test (import-routes) both go through this list, so the
// two doors are shown to check tokens the same way.
// Made here with jose rather than by the server's own code, so that these tests hold the server to
// the contract (the issuer and audience `atlas token` writes, server/commands/token.test.ts shows).
import { SignJWT, type JWTPayload } from "jose";

/** The issuer and audience of editor tokens (server/graphql/editor-token.ts). */
export const tokenIssuer = "alliance-atlas";
export const tokenAudience = "alliance-atlas";
/** The longest a token may live: 30 days. */
export const maxTokenLifetimeSeconds = 30 * 86_400;

/** A token the server accepts: what `atlas token --subject … --role … --expires 10m` prints. */
export function editorToken(secret: string, roles: readonly string[] = ["editor"], subject = "editor@example.org"): Promise<string> {
  return handMadeToken(secret, { ...goodClaims(), roles: [...roles], sub: subject });
}

const now = () => Math.floor(Date.now() / 1000);
const day = 86_400;
const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

/** Any claims signed with the secret, nothing added: what someone holding the secret could hand-make. */
export function handMadeToken(secret: string, claims: JWTPayload, header: { alg: string; typ?: string } = { alg: "HS256", typ: "JWT" }): Promise<string> {
  return new SignJWT(claims).setProtectedHeader(header).sign(new TextEncoder().encode(secret));
}

/** The claims of a good editor token, to leave one out or change one. */
export function goodClaims(): JWTPayload {
  const iat = now();
  return { iss: tokenIssuer, aud: tokenAudience, sub: "editor@example.org", roles: ["editor"], iat, exp: iat + 600 };
}

function without(claim: string): JWTPayload {
  const claims = goodClaims();
  delete claims[claim];
  return claims;
}

export interface RefusedToken {
  kind: string;
  token: () => Promise<string | undefined>;
  status: 401 | 403;
  /** The refusal's message: it must say what is wrong. */
  message: RegExp;
}

/** Every kind of token a write must refuse, against a server whose ATLAS_JWT_SECRET is `secret`. */
export function refusedTokens(secret: string): RefusedToken[] {
  const sign = (claims: JWTPayload) => handMadeToken(secret, claims);
  const refused = (problem: string) => new RegExp(`^Unauthenticated: the bearer token was refused: ${problem}\\. Writes need a token from \`atlas token\``);
  return [
    { kind: "no token", token: async () => undefined, status: 401, message: /^Unauthenticated: writes need a valid, unexpired bearer token signed with ATLAS_JWT_SECRET whose roles include editor\.$/ },
    { kind: "a token signed with another secret", token: () => editorToken(`another-${secret}`), status: 401, message: refused("its signature does not match ATLAS_JWT_SECRET") },
    { kind: "an expired token", token: () => sign({ ...goodClaims(), iat: now() - 3_600, exp: now() - 120 }), status: 401, message: refused("it expired at \\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z") },
    { kind: "a token without exp, which would never expire", token: () => sign(without("exp")), status: 401, message: refused('it has no expiry \\("exp" claim\\), and every token must expire') },
    {
      kind: "a token living longer than 30 days (exp - iat)",
      token: () => sign({ ...goodClaims(), exp: now() + 31 * day }),
      status: 401,
      message: refused('it is valid for 31 days \\("exp" - "iat"\\), longer than the 30 days a token may live'),
    },
    { kind: "a token issued more than 30 days ago", token: () => sign({ ...goodClaims(), iat: now() - 40 * day, exp: now() + day }), status: 401, message: refused("it was issued more than 30 days ago") },
    { kind: "a token without iat", token: () => sign(without("iat")), status: 401, message: refused('it has no issue time \\("iat" claim\\)') },
    {
      kind: "a token issued in the future",
      token: () => sign({ ...goodClaims(), iat: now() + 3_600, exp: now() + 7_200 }),
      status: 401,
      message: refused('it claims to be issued in the future \\("iat" claim more than 60 s ahead of the server\'s clock\\)'),
    },
    { kind: "a token without iss", token: () => sign(without("iss")), status: 401, message: refused(`it has no "iss" claim \\(tokens from \`atlas token\` carry iss and aud "${tokenIssuer}"\\)`) },
    { kind: "a token from another issuer", token: () => sign({ ...goodClaims(), iss: "someone-else" }), status: 401, message: refused(`its issuer \\("iss" claim\\) is not "${tokenIssuer}"`) },
    { kind: "a token without aud", token: () => sign(without("aud")), status: 401, message: refused(`it has no "aud" claim \\(tokens from \`atlas token\` carry iss and aud "${tokenIssuer}"\\)`) },
    { kind: "a token for another audience", token: () => sign({ ...goodClaims(), aud: "another-api" }), status: 401, message: refused(`its audience \\("aud" claim\\) is not "${tokenAudience}"`) },
    { kind: 'roles "editor" as a string, not a list', token: () => sign({ ...goodClaims(), roles: "editor" }), status: 401, message: refused('its "roles" claim is not a list of strings \\(for example \\["editor"\\]\\)') },
    { kind: "roles that are not strings", token: () => sign({ ...goodClaims(), roles: [{ name: "editor" }] }), status: 401, message: refused('its "roles" claim is not a list of strings \\(for example \\["editor"\\]\\)') },
    { kind: "a subject that is not a string", token: () => sign({ ...goodClaims(), sub: 42 as unknown as string }), status: 401, message: refused('its "sub" claim is not a non-empty string') },
    { kind: "an exp that is not a number", token: () => sign({ ...goodClaims(), exp: "tomorrow" as unknown as number }), status: 401, message: refused('its "exp" claim is not a number of seconds') },
    // An unsigned token ("alg": "none") claiming the editor role.
    { kind: "an unsigned token", token: async () => `${base64url({ alg: "none", typ: "JWT" })}.${base64url(goodClaims())}.`, status: 401, message: refused("it is not signed with HS256") },
    { kind: "a token signed with another algorithm", token: () => handMadeToken(secret, goodClaims(), { alg: "HS512" }), status: 401, message: refused("it is not signed with HS256") },
    { kind: "a malformed token", token: async () => "not-a-jwt", status: 401, message: refused("it is not a well-formed signed JWT") },
    { kind: "a valid token without the editor role", token: () => editorToken(secret, ["viewer"]), status: 403, message: /^Forbidden: the token's roles do not allow this\.$/ },
    { kind: "a valid token with no roles", token: () => sign(without("roles")), status: 403, message: /^Forbidden: the token's roles do not allow this\.$/ },
  ];
}
