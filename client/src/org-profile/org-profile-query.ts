// The profile's one GraphQL operation and the shape of its answer, written by hand like the others
// in api/queries.ts: they name exactly the fields the profile relies on.

export const ORG_PROFILE_QUERY = /* GraphQL */ `query OrgProfile($id: ID!) {
  orgProfile(id: $id) {
    organization { id name nameZh label kind regionCode }
    aliases
    region { code name nameZh level }
    agreements {
      id type title signedOn endsOn status live
      parties { id name nameZh label }
      serves { id name nameZh kind chainId }
      sources { source { id title url publisher publishedOn } quote offset confidence }
    }
    partners { organization { id name nameZh label kind regionCode } agreements firstOn lastOn }
    chains { id name nameZh scope regionCode }
    segments { id name nameZh stage order }
    alliances { id name nameZh foundedOn role }
    metrics { degree weightedDegree betweenness community betweennessRank betweennessMethod { method sampleSize } }
    egoNetwork { nodes { id name nameZh label weightedDegree } links { source target weight } }
  }
}
`;

export type OrgProfileVariables = { readonly id: string };

export interface ProfileOrgRef {
  readonly id: string;
  readonly name: string;
  readonly nameZh: string | null;
  readonly label: string;
  readonly kind?: string | null;
  readonly regionCode?: string | null;
}

export interface ProfileSource {
  readonly id: string;
  readonly title: string | null;
  readonly url: string | null;
  readonly publisher: string | null;
  readonly publishedOn: string | null;
}

export interface ProfileEvidence {
  readonly source: ProfileSource;
  readonly quote: string | null;
  readonly offset: number | null;
  readonly confidence: number | null;
}

export interface ProfileAgreement {
  readonly id: string;
  readonly type: string;
  readonly title: string | null;
  readonly signedOn: string | null;
  readonly endsOn: string | null;
  readonly status: string | null;
  readonly live: boolean;
  readonly parties: readonly ProfileOrgRef[];
  readonly serves: readonly { id: string; name: string; nameZh: string | null; kind: string; chainId: string | null }[];
  readonly sources: readonly ProfileEvidence[];
}

export interface ProfilePartner {
  readonly organization: ProfileOrgRef;
  readonly agreements: number;
  readonly firstOn: string | null;
  readonly lastOn: string | null;
}

export interface Named {
  readonly id: string;
  readonly name: string;
  readonly nameZh: string | null;
}

export interface OrgProfile {
  readonly organization: ProfileOrgRef;
  readonly aliases: readonly string[];
  readonly region: { code: string; name: string; nameZh: string | null; level: string | null } | null;
  readonly agreements: readonly ProfileAgreement[];
  readonly partners: readonly ProfilePartner[];
  readonly chains: readonly (Named & { scope: string | null; regionCode: string | null })[];
  readonly segments: readonly (Named & { stage: string | null; order: number | null })[];
  readonly alliances: readonly (Named & { foundedOn: string | null; role: string | null })[];
  readonly metrics: {
    readonly degree: number;
    readonly weightedDegree: number;
    readonly betweenness: number;
    readonly community: number;
    readonly betweennessRank: number;
    readonly betweennessMethod: { readonly method: string; readonly sampleSize: number | null };
  };
  readonly egoNetwork: {
    readonly nodes: readonly (Named & { label: string; weightedDegree: number })[];
    readonly links: readonly { source: string; target: string; weight: number }[];
  };
}

export interface OrgProfileResult {
  readonly orgProfile: OrgProfile | null;
}
