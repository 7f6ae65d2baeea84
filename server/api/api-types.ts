/** The result shapes of server/graphql/api.graphql, as the resolvers return them. */

export interface OrgRef {
  id: string;
  name: string;
  nameZh: string | null;
  label: string;
  kind: string | null;
  regionCode: string | null;
}

export interface ChainRef {
  id: string;
  name: string;
  nameZh: string | null;
  scope: string | null;
  regionCode: string | null;
}

export interface SegmentRef {
  id: string;
  name: string;
  nameZh: string | null;
  stage: string | null;
  order: number | null;
}

export interface RegionRef {
  code: string;
  name: string;
  nameZh: string | null;
  level: string | null;
  lat: number | null;
  lon: number | null;
}

export interface SourceRef {
  id: string;
  kind: string | null;
  url: string | null;
  title: string | null;
  publisher: string | null;
  publishedOn: string | null;
}

export interface Evidence {
  source: SourceRef;
  quote: string | null;
  offset: number | null;
  confidence: number | null;
}

export interface ChainTargetRef {
  id: string;
  name: string;
  nameZh: string | null;
  kind: "IndustryChain" | "ChainSegment";
  chainId: string | null;
}

export interface AgreementSummary {
  id: string;
  type: string;
  title: string | null;
  signedOn: string | null;
  endsOn: string | null;
  status: string | null;
  live: boolean;
  reviewStatus: string | null;
  students: number | null;
  positions: number | null;
  enterprises: number | null;
  parties: OrgRef[];
  serves: ChainTargetRef[];
  sources: Evidence[];
}
