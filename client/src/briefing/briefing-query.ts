// The briefing's GraphQL operation beside the shape of its answer (see api/queries.ts for why
// the shapes are written by hand). The province list is the timeline's query.

export const BRIEFING_QUERY = /* GraphQL */ `query Briefing($regionCode: String, $from: Date!, $to: Date!) {
  briefing(regionCode: $regionCode, from: $from, to: $to) {
    region { code name nameZh }
    from
    to
    previousFrom
    previousTo
    figures { key value previous change sourceIds }
    topPartnerships {
      a { id name nameZh label }
      b { id name nameZh label }
      agreements
      sourceIds
    }
    centralOrganizations {
      organization { id name nameZh label }
      betweenness
      degree
      sourceIds
    }
    coverageGaps {
      chain { id name nameZh }
      segmentCoverage
      enterpriseCoverage
      uncoveredSegments { id name nameZh }
      uncoveredEnterpriseCount
      sourceIds
    }
    sources { id kind url title publisher publishedOn }
  }
}
`;

export interface NamedRef {
  readonly id: string;
  readonly name: string;
  readonly nameZh: string | null;
}

export interface OrgRef extends NamedRef {
  readonly label: string;
}

export interface BriefingFigure {
  readonly key: string;
  readonly value: number;
  readonly previous: number;
  readonly change: number;
  readonly sourceIds: readonly string[];
}

export interface BriefingSource {
  readonly id: string;
  readonly kind: string | null;
  readonly url: string | null;
  readonly title: string | null;
  readonly publisher: string | null;
  readonly publishedOn: string | null;
}

export interface BriefingData {
  readonly region: { readonly code: string; readonly name: string; readonly nameZh: string | null } | null;
  readonly from: string;
  readonly to: string;
  readonly previousFrom: string;
  readonly previousTo: string;
  readonly figures: readonly BriefingFigure[];
  readonly topPartnerships: readonly { readonly a: OrgRef; readonly b: OrgRef; readonly agreements: number; readonly sourceIds: readonly string[] }[];
  readonly centralOrganizations: readonly { readonly organization: OrgRef; readonly betweenness: number; readonly degree: number; readonly sourceIds: readonly string[] }[];
  readonly coverageGaps: readonly {
    readonly chain: NamedRef;
    readonly segmentCoverage: number;
    readonly enterpriseCoverage: number;
    readonly uncoveredSegments: readonly NamedRef[];
    readonly uncoveredEnterpriseCount: number;
    readonly sourceIds: readonly string[];
  }[];
  readonly sources: readonly BriefingSource[];
}

export interface BriefingResult {
  readonly briefing: BriefingData;
}

export type BriefingVariables = { readonly regionCode: string | null; readonly from: string; readonly to: string };

/** Whether the briefing has anything to report: a figure above zero in either period, or a row in a list. */
export function hasContent(data: BriefingData): boolean {
  return (
    data.figures.some((figure) => figure.value !== 0 || figure.previous !== 0) ||
    data.topPartnerships.length > 0 ||
    data.centralOrganizations.length > 0 ||
    data.coverageGaps.length > 0
  );
}

/** Whether nothing happened in either period: every figure is zero now and before. */
export function isQuiet(data: BriefingData): boolean {
  return data.figures.every((figure) => figure.value === 0 && figure.previous === 0);
}
