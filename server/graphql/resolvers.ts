import type { JWTPayload } from "jose";
import { isDate } from "neo4j-driver";
import { asHeavyWork, briefing, chainCoverage, coverageMatrix, gapList, metricsStatus, network, orgProfile, regionFigures, reviewAgreement, reviewQueue, search, shortestPaths, timeline, type AgreementCorrection, type ApiContext, type NetworkFilterInput, type ReviewDecision, type TimelineFilterInput, type TimelineInterval } from "../api/index.ts";

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

/**
 * The analytics, each run through the server's bounded pool and queue of heavy work (a refusal is
 * SERVER_BUSY, HTTP 503 with Retry-After). Here, at the outermost call, so an operation takes one
 * place however many others it calls (a profile reads the whole network's metrics). Search, the
 * review queue and @neo4j/graphql's entity queries are cheap and bounded by their page size: they
 * never wait behind the analytics.
 */
const heavy = <T>(api: ApiContext, work: () => Promise<T>): Promise<T> => asHeavyWork(api.heavyWork, work);

/** The custom queries and mutations of api.graphql; each hands its arguments to a function of server/api/. */
export const resolvers = {
  Query: {
    chainCoverage: (_: unknown, args: Args<{ chainId: string; regionCode?: string | null }>, { api }: RequestContext) =>
      heavy(api, () => chainCoverage(api, args.chainId, args.regionCode ?? null)),
    coverageMatrix: (_: unknown, args: Args<{ regionLevel?: string | null; withinRegion?: string | null; chainIds?: string[] | null }>, { api }: RequestContext) =>
      heavy(api, () => coverageMatrix(api, { regionLevel: args.regionLevel ?? "province", withinRegion: args.withinRegion ?? null, chainIds: args.chainIds ?? null })),
    gapList: (_: unknown, args: Args<{ regionCode: string; candidatesPerSegment?: number | null }>, { api }: RequestContext) =>
      heavy(api, () => gapList(api, args.regionCode, args.candidatesPerSegment ?? undefined)),
    regionFigures: (_: unknown, args: Args<{ regionLevel?: string | null; withinRegion?: string | null }>, { api }: RequestContext) =>
      heavy(api, () => regionFigures(api, { regionLevel: args.regionLevel ?? "province", withinRegion: args.withinRegion ?? null })),
    network: (_: unknown, args: Args<{ filter?: NetworkFilterInput | null }>, { api }: RequestContext) => heavy(api, () => network(api, withDates(args.filter))),
    orgProfile: (_: unknown, args: Args<{ id: string }>, { api }: RequestContext) => heavy(api, () => orgProfile(api, args.id)),
    path: (_: unknown, args: Args<{ fromId: string; toId: string; maxHops?: number | null }>, { api }: RequestContext) =>
      heavy(api, () => shortestPaths(api, args.fromId, args.toId, args.maxHops ?? 4)),
    search: (_: unknown, args: Args<{ text: string; limit?: number | null }>, { api }: RequestContext) => search(api, args.text, args.limit ?? 10),
    timeline: (_: unknown, args: Args<{ filter?: TimelineFilterInput | null; interval?: TimelineInterval | null }>, { api }: RequestContext) =>
      heavy(api, () => timeline(api, withDates(args.filter), args.interval ?? "YEAR")),
    briefing: (_: unknown, args: Args<{ regionCode?: string | null; from: unknown; to: unknown }>, { api }: RequestContext) =>
      heavy(api, () => briefing(api, args.regionCode ?? null, isoDate(args.from)!, isoDate(args.to)!)),
    reviewQueue: (_: unknown, args: Args<{ limit?: number | null }>, { api }: RequestContext) => reviewQueue(api, args.limit ?? 50),
    // One indexed read (or none, when this server runs the recompute): the dashboard polls it.
    metricsStatus: (_: unknown, _args: unknown, { api }: RequestContext) => metricsStatus(api),
  },
  // Only a one-end network marks its outside partners; every other node answers false.
  NetworkNode: {
    outsideRegions: (node: { outsideRegions?: boolean }) => node.outsideRegions === true,
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
