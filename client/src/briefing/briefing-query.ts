import type * as Api from '../../../contract/api-types.ts';

// The briefing's GraphQL operation beside the shape of its answer: the API's generated types
// (contract/api-types.ts), cut to the fields the operation asks for. The province list is the timeline's query.

export const BRIEFING_QUERY = /* GraphQL */ `query Briefing($regionCode: String, $from: Date!, $to: Date!) {
  briefing(regionCode: $regionCode, from: $from, to: $to) {
    region { code name nameZh }
    from
    to
    previousFrom
    previousTo
    regionAgreements
    undatedAgreements
    figures { key value previous change sourceIds }
    topPartnerships {
      a { id name nameZh label }
      b { id name nameZh label }
      agreements
      sourceIds
    }
    centralOrganizations {
      organization { id name nameZh label }
      rank
      betweenness
      degree
      agreements
      partnerGroups
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

export type NamedRef = Pick<Api.ChainRef, 'id' | 'name' | 'nameZh'>;

export type OrgRef = Pick<Api.OrgRef, 'id' | 'name' | 'nameZh' | 'label'>;

export type BriefingFigure = Api.BriefingFigure;

export type BriefingSource = Api.SourceRef;

export interface BriefingData extends Omit<Api.Briefing, 'region' | 'topPartnerships' | 'centralOrganizations' | 'coverageGaps'> {
  readonly region: Pick<Api.RegionRef, 'code' | 'name' | 'nameZh'> | null;
  readonly topPartnerships: readonly (Omit<Api.Partnership, 'a' | 'b'> & { readonly a: OrgRef; readonly b: OrgRef })[];
  readonly centralOrganizations: readonly (Omit<Api.CentralOrganization, 'organization'> & { readonly organization: OrgRef })[];
  readonly coverageGaps: readonly (Omit<Api.CoverageGap, 'chain' | 'uncoveredSegments'> & { readonly chain: NamedRef; readonly uncoveredSegments: readonly NamedRef[] })[];
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
