// The dashboard's GraphQL operations, each beside the TypeScript shape of its
// answer. The shapes are written by hand on purpose: they state exactly which
// fields a view relies on, and a renamed field in the server's schema shows up
// as a GraphQL validation error rather than a silent `undefined`.
//
// Syntax is that of @neo4j/graphql 7: list arguments (`limit`, `sort`) sit on
// the field itself, filters are `where: { field: { eq: … } }`, and counts come
// from `…Connection { aggregate { count { nodes } } }`.

/** The three kinds of party an agreement can have. */
export type OrganizationType = 'institution' | 'enterprise' | 'government';

export const ORGANIZATION_TYPES: readonly OrganizationType[] = ['institution', 'enterprise', 'government'];

interface ConnectionCount {
  readonly aggregate: { readonly count: { readonly nodes: number } };
}

export const ORGANIZATION_COUNTS_QUERY = /* GraphQL */ `query OrganizationCounts {
  institutionsConnection { aggregate { count { nodes } } }
  enterprisesConnection { aggregate { count { nodes } } }
  governmentsConnection { aggregate { count { nodes } } }
  agreementsConnection { aggregate { count { nodes } } }
  sourcesConnection { aggregate { count { nodes } } }
}
`;

export interface OrganizationCountsResult {
  readonly institutionsConnection: ConnectionCount;
  readonly enterprisesConnection: ConnectionCount;
  readonly governmentsConnection: ConnectionCount;
  readonly agreementsConnection: ConnectionCount;
  readonly sourcesConnection: ConnectionCount;
}

/** How many organisations of each type the table asks for. */
export const ORGANIZATION_LIST_LIMIT = 500;

export const ORGANIZATION_LIST_QUERY = /* GraphQL */ `query OrganizationList {
  institutions(limit: ${ORGANIZATION_LIST_LIMIT}, sort: [{ name: ASC }]) { id name nameZh kind regionCode }
  enterprises(limit: ${ORGANIZATION_LIST_LIMIT}, sort: [{ name: ASC }]) { id name nameZh kind regionCode }
  governments(limit: ${ORGANIZATION_LIST_LIMIT}, sort: [{ name: ASC }]) { id name nameZh kind regionCode }
}
`;

export interface OrganizationSummary {
  readonly id: string;
  readonly name: string;
  readonly nameZh: string | null;
  readonly kind: string | null;
  readonly regionCode: string | null;
}

export interface OrganizationListResult {
  readonly institutions: readonly OrganizationSummary[];
  readonly enterprises: readonly OrganizationSummary[];
  readonly governments: readonly OrganizationSummary[];
}

// An id belongs to exactly one of the three types, so asking all three at once
// costs one round trip and at most one list comes back non-empty.
export const ORGANIZATION_BY_ID_QUERY = /* GraphQL */ `query OrganizationById($id: ID!) {
  institutions(where: { id: { eq: $id } }) { id name nameZh aliases kind regionCode }
  enterprises(where: { id: { eq: $id } }) { id name nameZh aliases kind regionCode }
  governments(where: { id: { eq: $id } }) { id name nameZh aliases kind regionCode }
}
`;

// A type alias, not an interface, so it fits the client's Record-shaped
// variables constraint.
export type OrganizationByIdVariables = { readonly id: string };

export interface OrganizationDetail extends OrganizationSummary {
  readonly aliases: readonly string[] | null;
}

export interface OrganizationByIdResult {
  readonly institutions: readonly OrganizationDetail[];
  readonly enterprises: readonly OrganizationDetail[];
  readonly governments: readonly OrganizationDetail[];
}
