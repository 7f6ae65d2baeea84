import type { JWTPayload } from "jose";
import { isDate } from "neo4j-driver";
import { briefing, chainCoverage, coverageMatrix, network, orgProfile, reviewAgreement, reviewQueue, search, shortestPaths, timeline, type AgreementCorrection, type ApiContext, type NetworkFilterInput, type ReviewDecision, type TimelineFilterInput, type TimelineInterval } from "../api/index.ts";

/** What each GraphQL request carries: the API's services, and for a mutation its editor's verified token. */
export interface RequestContext {
  api: ApiContext;
  /** The verified claims of the bearer token, set before a mutation runs (editor-token.ts); @neo4j/graphql trusts them. */
  jwt?: JWTPayload;
}

/** A GraphQL Date argument (a neo4j Date once parsed) as YYYY-MM-DD. */
function isoDate(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return isDate(value) ? value.toString() : String(value);
}

function withDates<T extends { from?: unknown; to?: unknown }>(filter: T | null | undefined): (Omit<T, "from" | "to"> & { from: string | null; to: string | null }) | null {
  if (!filter) return null;
  return { ...filter, from: isoDate(filter.from), to: isoDate(filter.to) };
}

type Args<T> = T;

/** The custom queries and mutations of api.graphql; each hands its arguments to a function of server/api/. */
export const resolvers = {
  Query: {
    chainCoverage: (_: unknown, args: Args<{ chainId: string; regionCode?: string | null }>, { api }: RequestContext) =>
      chainCoverage(api, args.chainId, args.regionCode ?? null),
    coverageMatrix: (_: unknown, args: Args<{ regionLevel?: string | null; withinRegion?: string | null; chainIds?: string[] | null }>, { api }: RequestContext) =>
      coverageMatrix(api, { regionLevel: args.regionLevel ?? "province", withinRegion: args.withinRegion ?? null, chainIds: args.chainIds ?? null }),
    network: (_: unknown, args: Args<{ filter?: NetworkFilterInput | null }>, { api }: RequestContext) => network(api, withDates(args.filter)),
    orgProfile: (_: unknown, args: Args<{ id: string }>, { api }: RequestContext) => orgProfile(api, args.id),
    path: (_: unknown, args: Args<{ fromId: string; toId: string; maxHops?: number | null }>, { api }: RequestContext) =>
      shortestPaths(api, args.fromId, args.toId, args.maxHops ?? 4),
    search: (_: unknown, args: Args<{ text: string; limit?: number | null }>, { api }: RequestContext) => search(api, args.text, args.limit ?? 10),
    timeline: (_: unknown, args: Args<{ filter?: TimelineFilterInput | null; interval?: TimelineInterval | null }>, { api }: RequestContext) =>
      timeline(api, withDates(args.filter), args.interval ?? "YEAR"),
    briefing: (_: unknown, args: Args<{ regionCode?: string | null; from: unknown; to: unknown }>, { api }: RequestContext) =>
      briefing(api, args.regionCode ?? null, isoDate(args.from)!, isoDate(args.to)!),
    reviewQueue: (_: unknown, args: Args<{ limit?: number | null }>, { api }: RequestContext) => reviewQueue(api, args.limit ?? 50),
  },
  Mutation: {
    // editorTokenForMutations (editor-token.ts) and @authentication in api.graphql have already refused a request without a valid editor token.
    reviewAgreement: (
      _: unknown,
      args: Args<{ id: string; decision: ReviewDecision; correction?: (AgreementCorrection & { signedOn?: unknown; endsOn?: unknown }) | null }>,
      { api, jwt }: RequestContext,
    ) => {
      const correction = args.correction ? { ...args.correction, signedOn: isoDate(args.correction.signedOn), endsOn: isoDate(args.correction.endsOn) } : null;
      return reviewAgreement(api, args.id, args.decision, correction, typeof jwt?.sub === "string" ? jwt.sub : null);
    },
  },
};
