import type { TimelineState } from './timeline-state';

// The timeline view's GraphQL operations beside the shapes of their answers (see api/queries.ts
// for why the shapes are written by hand).

export const TIMELINE_QUERY = /* GraphQL */ `query Timeline($filter: TimelineFilter, $interval: TimelineInterval) {
  timeline(filter: $filter, interval: $interval) {
    interval
    buckets { period type new ended }
    totals { period new ended cumulative }
    undated
  }
}
`;

export interface TimelineBucket {
  readonly period: string;
  readonly type: string;
  readonly new: number;
  readonly ended: number;
}

export interface TimelineTotal {
  readonly period: string;
  readonly new: number;
  readonly ended: number;
  /** Live agreements at the end of the period. */
  readonly cumulative: number;
}

export interface TimelineResult {
  readonly timeline: {
    readonly interval: 'YEAR' | 'MONTH';
    readonly buckets: readonly TimelineBucket[];
    readonly totals: readonly TimelineTotal[];
    readonly undated: number;
  };
}

export type TimelineVariables = {
  readonly filter: {
    readonly agreementTypes?: readonly string[];
    readonly regionCodes?: readonly string[];
    readonly from?: string;
    readonly to?: string;
  };
  readonly interval: 'YEAR' | 'MONTH';
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
