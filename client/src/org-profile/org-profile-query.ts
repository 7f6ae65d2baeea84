import type * as Api from '../../../contract/api-types.ts';

// The profile's one GraphQL operation and the shape of its answer: the API's generated types
// (contract/api-types.ts) cut to exactly the fields the profile asks for and relies on.

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
    metrics { degree weightedDegree betweenness community betweennessRank betweennessMethod { method sampleSize } metricsStale }
    egoNetwork { metricsComputedAt nodes { id name nameZh label weightedDegree } links { source target weight } }
  }
}
`;

export type OrgProfileVariables = { readonly id: string };

/** Parties are asked for without kind and region; partners with them. */
export type ProfileOrgRef = Pick<Api.OrgRef, 'id' | 'name' | 'nameZh' | 'label'> & Partial<Pick<Api.OrgRef, 'kind' | 'regionCode'>>;

export type ProfileSource = Pick<Api.SourceRef, 'id' | 'title' | 'url' | 'publisher' | 'publishedOn'>;

export interface ProfileEvidence extends Omit<Api.Evidence, 'source'> {
  readonly source: ProfileSource;
}

export interface ProfileAgreement extends Pick<Api.AgreementSummary, 'id' | 'type' | 'title' | 'signedOn' | 'endsOn' | 'status' | 'live' | 'serves'> {
  readonly parties: readonly ProfileOrgRef[];
  readonly sources: readonly ProfileEvidence[];
}

export interface ProfilePartner extends Omit<Api.Partner, 'organization'> {
  readonly organization: ProfileOrgRef;
}

export type Named = Pick<Api.ChainRef, 'id' | 'name' | 'nameZh'>;

export interface OrgProfile extends Pick<Api.OrgProfile, 'aliases' | 'chains' | 'segments' | 'alliances' | 'metrics'> {
  readonly organization: ProfileOrgRef;
  readonly region: Pick<Api.RegionRef, 'code' | 'name' | 'nameZh' | 'level'> | null;
  readonly agreements: readonly ProfileAgreement[];
  readonly partners: readonly ProfilePartner[];
  readonly egoNetwork: Pick<Api.Network, 'metricsComputedAt'> & {
    readonly nodes: readonly Pick<Api.NetworkNode, 'id' | 'name' | 'nameZh' | 'label' | 'weightedDegree'>[];
    readonly links: readonly Pick<Api.NetworkLink, 'source' | 'target' | 'weight'>[];
  };
}

export interface OrgProfileResult {
  readonly orgProfile: OrgProfile | null;
}
