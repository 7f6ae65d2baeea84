import { enumParam, textParam, type QuerySchema } from '../state/query-state';

export const REGION_LEVELS = ['province', 'prefecture'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

export const MEASURES = ['segment', 'enterprise'] as const;
export type Measure = (typeof MEASURES)[number];

/**
 * Everything the coverage view shows follows from these, kept in the query string:
 * `level` (absent: provinces), `within` (the province whose prefectures are shown), `chain` and
 * `region` (the selected cell; a chain without a region means the whole country), and `measure`
 * (absent: segment coverage), and `gaps` (the province or prefecture whose gap list is open;
 * absent: none). `lang` belongs to the page and is left alone.
 */
export interface CoverageState {
  readonly level: RegionLevel | null;
  readonly within: string;
  readonly chain: string;
  readonly region: string;
  readonly measure: Measure | null;
  readonly gaps: string;
}

export const COVERAGE_STATE_SCHEMA: QuerySchema<CoverageState> = {
  level: enumParam(REGION_LEVELS),
  within: textParam,
  chain: textParam,
  region: textParam,
  measure: enumParam(MEASURES),
  gaps: textParam,
};

export const levelOf = (state: CoverageState): RegionLevel => state.level ?? 'province';
export const measureOf = (state: CoverageState): Measure => state.measure ?? 'segment';
