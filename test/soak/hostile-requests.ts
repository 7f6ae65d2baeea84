import { SignJWT } from "jose";
import type { Random } from "../../server/random.ts";
import { PATH_QUERY, SEARCH_QUERY } from "../../client/src/network/network-query.ts";

/**
 * The attacks of issue 15 and the ones the first wave already held, as requests an anonymous
 * client can send. Each is answered by a named refusal (an error whose `extensions.code` says which
 * rule refused it) or, where `mayAnswer` says so, by a correct, cheap answer.
 */
export interface HostileRequest {
  name: string;
  /** True when a plain answer is right too (a path search that finds no path). */
  mayAnswer: boolean;
  request(context: HostileContext, random: Random): { path: string; init: RequestInit };
}

export interface HostileContext {
  /** Two organisations in different parts of the graph: no path joins them. */
  unconnected: [string, string];
  /** ATLAS_JWT_SECRET of the server under test: some attacks misuse a real signature. */
  jwtSecret: string;
  /** An agreement that exists, so a write that got through would change something. */
  agreementId: string;
}

const json = (body: unknown): RequestInit => ({ method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
const graphql = (query: string, variables: Record<string, unknown> = {}) => ({ path: "/graphql", init: json({ query, variables }) });

/** Region table nested three times, 1,000 rows per level: 41 MB in 13–25 s before issue 15. */
const regionCostBomb = `{ regions(limit:1000, where:{level:{eq:"county"}}) { parent { children(limit:1000) { parent { children(limit:1000) { parent { children(limit:1000) { code } } } } } } } }`;
const partyCostBomb = `{ agreements(limit:1000) { parties(limit:1000) { agreements(limit:1000) { parties(limit:1000) { agreements(limit:1000) { id } } } } } }`;

const review = `mutation ($id: ID!) { reviewAgreement(id: $id, decision: APPROVE) { id reviewStatus } }`;

/** A token signed with the real secret but shaped wrongly: each one must be refused as unauthenticated. */
async function looseToken(kind: number, secret: string): Promise<string> {
  const key = new TextEncoder().encode(secret);
  const now = Math.floor(Date.now() / 1000);
  const base = () => new SignJWT(kind === 1 ? { roles: "editor" } : { roles: ["editor"] }).setProtectedHeader({ alg: "HS256" }).setSubject("soak@example.org");
  switch (kind) {
    case 0: // no expiry at all
      return base().setIssuer("alliance-atlas").setAudience("alliance-atlas").setIssuedAt().sign(key);
    case 1: // roles as a string
      return base().setIssuer("alliance-atlas").setAudience("alliance-atlas").setIssuedAt().setExpirationTime("10m").sign(key);
    case 2: // issued in the future
      return base().setIssuer("alliance-atlas").setAudience("alliance-atlas").setIssuedAt(now + 86_400).setExpirationTime(now + 2 * 86_400).sign(key);
    case 3: // a hundred years
      return base().setIssuer("alliance-atlas").setAudience("alliance-atlas").setIssuedAt().setExpirationTime("100y").sign(key);
    case 4: // another issuer and audience
      return base().setIssuer("someone-else").setAudience("another-service").setIssuedAt().setExpirationTime("10m").sign(key);
    default: // forged: another key
      return base().setIssuer("alliance-atlas").setAudience("alliance-atlas").setIssuedAt().setExpirationTime("10m").sign(new TextEncoder().encode("a-guessed-secret-0123456789abcdef"));
  }
}

export const hostileRequests: HostileRequest[] = [
  {
    // Comments passed the token limit, and every distinct text stayed in some cache: Node ran out of memory.
    name: "distinct 900 KB query of comments",
    mayAnswer: false,
    request: (_context, random) => graphql(`{ __typename } #${random.int(0, 2 ** 31)}${"a".repeat(900_000)}`),
  },
  { name: "nested region lists (cost × limit)", mayAnswer: false, request: () => graphql(regionCostBomb) },
  {
    name: "eight aliases of nested region lists",
    mayAnswer: false,
    request: () => graphql(`{ ${Array.from({ length: 8 }, (_, i) => `r${i}: ${regionCostBomb.slice(2, -2)}`).join(" ")} }`),
  },
  { name: "nested agreements and parties", mayAnswer: false, request: () => graphql(partyCostBomb) },
  {
    // An exhaustive search before issue 15; now bounded by maxHops, so "no path" is a right answer.
    name: "path between unconnected organisations",
    mayAnswer: true,
    request: (context) => graphql(PATH_QUERY, { fromId: context.unconnected[0], toId: context.unconnected[1], maxHops: 6 }),
  },
  {
    name: "300,000-character search word",
    mayAnswer: false,
    request: (_context, random) => graphql(SEARCH_QUERY, { text: random.pick(["a", "西", "x*"]).repeat(300_000), limit: 15 }),
  },
  {
    name: "write with a loose or forged token",
    mayAnswer: false,
    request: () => graphql(review),
  },
  {
    name: "boundaries with a malformed filter",
    mayAnswer: false,
    request: () => ({ path: "/api/boundaries/prefecture?within[]=510000", init: { method: "GET" } }),
  },
  {
    name: "query 40 levels deep",
    mayAnswer: false,
    request: () => {
      let selection = "id";
      for (let level = 39; level >= 1; level--) selection = level % 2 === 1 ? `agreements { ${selection} }` : `parties { ${selection} }`;
      return graphql(`{ institutions(limit: 1) { ${selection} } }`);
    },
  },
  { name: "a batch of 50 operations", mayAnswer: false, request: () => ({ path: "/graphql", init: json(Array.from({ length: 50 }, () => ({ query: "{ __typename }" }))) }) },
];

/** The request an attack sends, with the token attacks given their (async) token. */
export async function hostileInit(attack: HostileRequest, context: HostileContext, random: Random): Promise<{ path: string; init: RequestInit }> {
  const { path, init } = attack.request(context, random);
  if (attack.name !== "write with a loose or forged token") return { path, init };
  const token = await looseToken(random.int(0, 5), context.jwtSecret);
  return { path, init: { ...json({ query: review, variables: { id: context.agreementId } }), headers: { "content-type": "application/json", authorization: `Bearer ${token}` } } };
}
