import { enumParam, textParam, type QueryParam, type QuerySchema } from '../state/query-state';

export const MAP_FIGURES = ['agreements', 'institutions', 'enterprises', 'coverage'] as const;
export type MapFigure = (typeof MAP_FIGURES)[number];

/**
 * The map view's state as kept in the query string, e.g.
 * `?figure=coverage&chain=ev-chain&province=510000&region=510100&flows=off`.
 * Defaults take no space: agreements, the whole country by province, nothing selected, flows on.
 */
export interface MapState {
  readonly figure: MapFigure | null;
  /** The chain whose segment coverage colours the map (figure=coverage). */
  readonly chain: string;
  /** The province whose prefectures are shown; '' for the provinces of the whole country. */
  readonly province: string;
  /** The region whose figures the panel shows. */
  readonly region: string;
  readonly flows: boolean;
}

const codeParam: QueryParam<string> = {
  parse: (raw) => (raw !== null && /^\d{6}$/.test(raw) ? raw : ''),
  format: (value) => (value === '' ? null : value),
};

const provinceParam: QueryParam<string> = {
  parse: (raw) => (raw !== null && /^\d{2}0000$/.test(raw) ? raw : ''),
  format: (value) => (value === '' ? null : value),
};

const flowsParam: QueryParam<boolean> = {
  parse: (raw) => raw !== 'off',
  format: (value) => (value ? null : 'off'),
};

export const MAP_STATE_SCHEMA: QuerySchema<MapState> = {
  figure: enumParam(MAP_FIGURES),
  chain: textParam,
  province: provinceParam,
  region: codeParam,
  flows: flowsParam,
};

export const figureOf = (state: MapState): MapFigure => state.figure ?? 'agreements';

/** The query string of another view with this region as its filter, keeping the page's language. */
export function regionLinks(code: string, search: string): { network: string; coverage: string; timeline: string } {
  const lang = new URLSearchParams(search).get('lang');
  const withLang = (path: string, params: Record<string, string>) => {
    const query = new URLSearchParams(params);
    if (lang !== null) query.set('lang', lang);
    return `${path}?${query.toString()}`;
  };
  const isProvince = /^\d{2}0000$/.test(code);
  return {
    network: withLang('/network', { regions: code }),
    coverage: withLang(
      '/coverage',
      isProvince ? { region: code, level: 'province' } : { region: code, level: 'prefecture', within: `${code.slice(0, 2)}0000` },
    ),
    timeline: withLang('/timeline', { regions: code }),
  };
}
