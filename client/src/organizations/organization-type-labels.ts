import type { OrganizationType } from '../api/queries';
import { typeLabel, typePlural } from './organization-messages';

/** The types' names in the reader's language, read at each use. */
export const ORGANIZATION_TYPE_LABEL: Readonly<Record<OrganizationType, string>> = {
  get institution() {
    return typeLabel('institution');
  },
  get enterprise() {
    return typeLabel('enterprise');
  },
  get government() {
    return typeLabel('government');
  },
};

export const ORGANIZATION_TYPE_PLURAL: Readonly<Record<OrganizationType, string>> = {
  get institution() {
    return typePlural('institution');
  },
  get enterprise() {
    return typePlural('enterprise');
  },
  get government() {
    return typePlural('government');
  },
};
