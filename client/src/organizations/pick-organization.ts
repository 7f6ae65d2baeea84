import {
  ORGANIZATION_TYPES,
  type OrganizationByIdResult,
  type OrganizationDetail,
  type OrganizationType,
} from '../api/queries';

export interface TypedOrganization {
  readonly type: OrganizationType;
  readonly organization: OrganizationDetail;
}

const LIST_FIELD: Readonly<Record<OrganizationType, keyof OrganizationByIdResult>> = {
  institution: 'institutions',
  enterprise: 'enterprises',
  government: 'governments',
};

/**
 * The organisation an id lookup found, with its type; null when none did.
 * Ids are unique across types, so at most one list should hold a match; if
 * bad data ever puts one id under two types, the first type in the usual
 * order wins rather than the page failing.
 */
export function pickOrganization(result: OrganizationByIdResult): TypedOrganization | null {
  for (const type of ORGANIZATION_TYPES) {
    const organization = result[LIST_FIELD[type]][0];
    if (organization !== undefined) return { type, organization };
  }
  return null;
}
