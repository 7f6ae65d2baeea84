import type { OrganizationType } from '../api/queries';

export const ORGANIZATION_TYPE_LABEL: Readonly<Record<OrganizationType, string>> = {
  institution: 'Institution',
  enterprise: 'Enterprise',
  government: 'Government',
};

export const ORGANIZATION_TYPE_PLURAL: Readonly<Record<OrganizationType, string>> = {
  institution: 'Institutions',
  enterprise: 'Enterprises',
  government: 'Governments',
};
