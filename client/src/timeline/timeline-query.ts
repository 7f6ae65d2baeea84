import type * as Api from '../../../contract/api-types.ts';
import type { TimelineState } from './timeline-state';

// The timeline view's GraphQL operations beside the shapes of their answers (the API's types,
// generated from api.graphql into contract/api-types.ts).

export const TIMELINE_QUERY = /* GraphQL */ `query Timeline($filter: TimelineFilter, $interval: TimelineInterval) {
  timeline(filter: $filter, interval: $interval) {
    interval
    buckets { period type new ended }
    totals { period new ended cumulative }
    undated
  }
}
`;

export type TimelineBucket = Api.TimelineBucket;

export type TimelineTotal = Api.TimelinePeriod;

export interface TimelineResult {
  readonly timeline: Api.Timeline;
}

export type TimelineVariables = {
  readonly filter: {
    readonly agreementTypes?: readonly string[];
    readonly regionCodes?: readonly string[];
    readonly from?: string;
    readonly to?: string;
  };
  readonly interval: Api.TimelineInterval;
};

/** The query's variables for a state; absent parts of the filter mean "no restriction". */
export function timelineVariables(state: TimelineState): TimelineVariables {
  return {
    filter: {
      ...(state.types === null ? {} : { agreementTypes: state.types }),
      ...(state.regions.length === 0 ? {} : { regionCodes: state.regions }),
      ...(state.from === '' ? {} : { from: state.from }),
      ...(state.to === '' ? {} : { to: state.to }),
    },
    interval: state.interval === 'month' ? 'MONTH' : 'YEAR',
  };
}

export const PROVINCES_QUERY = /* GraphQL */ `query Provinces {
  regions(where: { level: { eq: "province" } }, limit: 40, sort: [{ code: ASC }]) { code name nameZh }
}
`;

export interface Province {
  readonly code: string;
  readonly name: string;
  readonly nameZh: string | null;
}

export interface ProvincesResult {
  readonly regions: readonly Province[];
}
