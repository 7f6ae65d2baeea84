import { read, type ApiContext } from "./api-context.ts";
import { chainCoverage, maxCandidatesPerSegment } from "./chain-coverage.ts";
import { badInput } from "./api-error.ts";
import { regionByCode } from "./region-by-code.ts";
import { weakestFirst } from "./briefing.ts";
import type { ChainGaps, GapList } from "../../contract/api-types.ts";

/** The answer's shape, as api.graphql writes it (contract/api-types.ts is generated from it). */
export type { ChainGaps, GapList, SegmentGap } from "../../contract/api-types.ts";

export const defaultCandidatesPerGap = 3;

/**
 * A planner's gap list for a region: every chain judged there (national chains; chains whose place
 * contains the region or lies inside it), with its uncovered segments, their unpartnered
 * enterprises and best candidates, weakest segment coverage first and chains without recorded
 * segments last. One chainCoverage per chain, asked all at once, each cached until the graph changes.
 */
export async function gapList(context: ApiContext, regionCode: string, candidatesPerSegment = defaultCandidatesPerGap): Promise<GapList> {
  if (!Number.isInteger(candidatesPerSegment) || candidatesPerSegment < 0 || candidatesPerSegment > maxCandidatesPerSegment) {
    throw badInput(`candidatesPerSegment must be a whole number from 0 to ${maxCandidatesPerSegment}, not ${candidatesPerSegment}.`);
  }
  // Together: an unknown code is still refused by regionByCode, by name.
  const [region, judged] = await Promise.all([regionByCode(context, regionCode), read<{ chainId: string }>(context, "chains-judged-in", { regionCode })]);
  // The chains' coverages side by side: each is a few short reads, so the round trips overlap.
  const coverages = await Promise.all(judged.map(({ chainId }) => chainCoverage(context, chainId, regionCode, candidatesPerSegment)));
  const chains: ChainGaps[] = [];
  for (const coverage of coverages) {
    chains.push({
      chain: coverage.chain,
      segmentsRecorded: coverage.segmentsRecorded,
      segmentCoverage: coverage.segmentCoverage,
      enterpriseCoverage: coverage.enterpriseCoverage,
      segmentCount: coverage.segmentCount,
      coveredSegmentCount: coverage.coveredSegmentCount,
      enterpriseCount: coverage.enterpriseCount,
      partneredEnterpriseCount: coverage.partneredEnterpriseCount,
      uncoveredSegments: coverage.segments
        .filter((s) => !s.covered)
        .map((s) => ({ segment: s.segment, enterprises: s.unpartneredEnterprises, candidates: s.candidates })),
      unpartneredEnterprises: coverage.uncoveredEnterprises,
    });
  }
  chains.sort(
    (a, b) => weakestFirst(a.segmentCoverage, b.segmentCoverage) || a.enterpriseCoverage - b.enterpriseCoverage || (a.chain.id < b.chain.id ? -1 : a.chain.id > b.chain.id ? 1 : 0),
  );
  return { region, chains };
}
