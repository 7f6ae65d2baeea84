import { HeaderMap, type ApolloServerPlugin } from "@apollo/server";
import { GraphQLError } from "graphql";
import { errors, jwtVerify, SignJWT, type JWTPayload } from "jose";
import { forbiddenMessage, unauthenticatedMessage } from "./format-error.ts";
import type { RequestContext } from "./resolvers.ts";

/**
 * Editor tokens: HS256 JWTs signed with ATLAS_JWT_SECRET, minted by `atlas token` and checked here
 * for every write, the GraphQL one (reviewAgreement) and the import routes alike, so a token is
 * accepted or refused the same way, with the same words, wherever it is sent.
 */

/** Who mints editor tokens (`atlas token`): a token that does not say so was made for something else. */
export const tokenIssuer = "alliance-atlas";
/** Whom editor tokens are for: this API. A token for another service signed with the same secret is refused. */
export const tokenAudience = "alliance-atlas";
/**
 * The longest a token may live, from its `iat` to its `exp`, and the oldest a token may be. There is
 * no revocation list (changing the secret revokes every token), so this bounds how long a leaked
 * token works.
 */
export const maxTokenLifetimeSeconds = 30 * 24 * 60 * 60;
/** How far the clocks of the machine that minted a token and of the server may disagree. */
export const tokenClockToleranceSeconds = 60;

/** Who an editor's request is from: the token's subject, as recorded on what they change. */
export interface Editor {
  subject: string;
}

export type TokenCheck =
  | { editor: Editor; claims: JWTPayload }
  | { status: 401 | 403; code: "UNAUTHENTICATED" | "FORBIDDEN"; message: string };

const days = (seconds: number) => `${Math.round(seconds / 86_400)} days`;

/** The refusal of a token that is there but fails a check, naming the check. */
function refused(problem: string): TokenCheck {
  return {
    status: 401,
    code: "UNAUTHENTICATED",
    message: `Unauthenticated: the bearer token was refused: ${problem}. Writes need a token from \`atlas token\` (HS256, signed with ATLAS_JWT_SECRET, at most ${days(maxTokenLifetimeSeconds)} long) whose roles include editor.`,
  };
}

/** What is wrong with a token, from jose's verdict; claim values are not repeated back. */
function problemOf(error: unknown): string {
  if (error instanceof errors.JWTExpired) {
    if (error.claim === "iat") return `it was issued more than ${days(maxTokenLifetimeSeconds)} ago`;
    const exp = error.payload.exp;
    return typeof exp === "number" ? `it expired at ${new Date(exp * 1000).toISOString()}` : "it has expired";
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    const claim = error.claim;
    if (error.reason === "missing") {
      if (claim === "exp") return 'it has no expiry ("exp" claim), and every token must expire';
      if (claim === "iat") return 'it has no issue time ("iat" claim)';
      return `it has no "${claim}" claim (tokens from \`atlas token\` carry iss and aud "${tokenIssuer}")`;
    }
    if (error.reason === "invalid") return `its "${claim}" claim is not a number of seconds`;
    if (claim === "iss") return `its issuer ("iss" claim) is not "${tokenIssuer}"`;
    if (claim === "aud") return `its audience ("aud" claim) is not "${tokenAudience}"`;
    if (claim === "iat") return `it claims to be issued in the future ("iat" claim more than ${tokenClockToleranceSeconds} s ahead of the server's clock)`;
    if (claim === "nbf") return 'it is not valid yet ("nbf" claim)';
    return `its "${claim}" claim failed its check`;
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) return "its signature does not match ATLAS_JWT_SECRET";
  if (error instanceof errors.JOSEAlgNotAllowed || error instanceof errors.JOSENotSupported) return "it is not signed with HS256";
  return "it is not a well-formed signed JWT";
}

/** Claims jose leaves to the application, in the shapes this API reads them. */
function malformedClaim(claims: JWTPayload): string | undefined {
  const roles = claims.roles;
  if (roles !== undefined && (!Array.isArray(roles) || !roles.every((role) => typeof role === "string"))) {
    return 'its "roles" claim is not a list of strings (for example ["editor"])';
  }
  if (claims.sub !== undefined && (typeof claims.sub !== "string" || claims.sub === "")) return 'its "sub" claim is not a non-empty string';
  // jose bounds the age (now - iat); the lifetime it was given is the minter's to choose, and bounded here.
  if ((claims.exp as number) - (claims.iat as number) > maxTokenLifetimeSeconds) {
    return `it is valid for ${days((claims.exp as number) - (claims.iat as number))} ("exp" - "iat"), longer than the ${days(maxTokenLifetimeSeconds)} a token may live`;
  }
  return undefined;
}

/**
 * Checks a request's `Authorization: Bearer …` header: signature (HS256 with the secret), issuer,
 * audience, an expiry no more than the maximum lifetime after the issue time, an issue time not in
 * the future, well-formed claims, and the editor role. Without a secret no token can verify, so
 * every request is refused. Refusals say what is wrong (401) or what is missing (403), never throw.
 */
export async function checkEditorToken(authorization: string | undefined, secret: string | undefined): Promise<TokenCheck> {
  const token = authorization?.replace(/^Bearer\s+/i, "").trim();
  if (!secret || !token) return { status: 401, code: "UNAUTHENTICATED", message: unauthenticatedMessage };
  let claims: JWTPayload;
  try {
    ({ payload: claims } = await jwtVerify(token, new TextEncoder().encode(secret), {
      algorithms: ["HS256"],
      issuer: tokenIssuer,
      audience: tokenAudience,
      // iss and aud are required by the options above, iat by maxTokenAge.
      requiredClaims: ["exp"],
      maxTokenAge: maxTokenLifetimeSeconds,
      clockTolerance: tokenClockToleranceSeconds,
    }));
  } catch (error) {
    return refused(problemOf(error));
  }
  const malformed = malformedClaim(claims);
  if (malformed !== undefined) return refused(malformed);
  const roles = (claims.roles as string[] | undefined) ?? [];
  if (!roles.includes("editor")) return { status: 403, code: "FORBIDDEN", message: forbiddenMessage };
  return { editor: { subject: claims.sub ?? "editor" }, claims };
}

export interface EditorTokenRequest {
  subject: string;
  roles: readonly string[];
  /** Seconds from now until it expires; at most maxTokenLifetimeSeconds. */
  lifetimeSeconds: number;
}

/** A token checkEditorToken accepts (`atlas token`, and the tests): iss, aud, sub, roles, iat and exp. */
export async function signEditorToken(secret: string, { subject, roles, lifetimeSeconds }: EditorTokenRequest): Promise<string> {
  if (!(lifetimeSeconds > 0 && lifetimeSeconds <= maxTokenLifetimeSeconds)) {
    throw new RangeError(`a token lives at most ${days(maxTokenLifetimeSeconds)} (${maxTokenLifetimeSeconds} s), not ${lifetimeSeconds} s`);
  }
  const issuedAt = Math.floor(Date.now() / 1000);
  return new SignJWT({ roles: [...roles] })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setIssuer(tokenIssuer)
    .setAudience(tokenAudience)
    .setSubject(subject)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + lifetimeSeconds)
    .sign(new TextEncoder().encode(secret));
}

/**
 * The GraphQL side of the check: before a mutation runs (every mutation of this API is an editor's),
 * the request's token is checked as the import routes check theirs, and refused with the same
 * status and words; a verified token's claims become the request's `jwt`, which @neo4j/graphql's
 * @authentication in api.graphql then trusts (it checks the role again) and the resolver records.
 * Queries are not touched: reading needs no token, and a stale one in a header does not stop it.
 */
export function editorTokenForMutations(secret: string | undefined): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request, contextValue }) {
          if (operation?.operation !== "mutation") return;
          const check = await checkEditorToken(request.http?.headers.get("authorization") ?? undefined, secret);
          if ("editor" in check) {
            contextValue.jwt = check.claims;
            return;
          }
          const headers = new HeaderMap(check.status === 401 ? [["www-authenticate", 'Bearer realm="atlas"']] : []);
          throw new GraphQLError(check.message, { extensions: { code: check.code, http: { status: check.status, headers } } });
        },
      };
    },
  };
}
