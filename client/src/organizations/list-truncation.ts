import { ORGANIZATION_TYPES, type OrganizationListResult, type OrganizationType } from '../api/queries';
import { organizationsLanguage, t } from './organization-messages';
import { ORGANIZATION_TYPE_PLURAL } from './organization-type-labels';

/**
 * The types whose list came back full, i.e. may have been cut at the limit.
 * The table says so rather than let a user believe it is complete.
 */
export function possiblyTruncatedTypes(lists: OrganizationListResult, limit: number): OrganizationType[] {
  const lengths: Record<OrganizationType, number> = {
    institution: lists.institutions.length,
    enterprise: lists.enterprises.length,
    government: lists.governments.length,
  };
  return ORGANIZATION_TYPES.filter((type) => lengths[type] >= limit);
}

/** The note shown above a table that may be incomplete; null when it is complete. */
export function truncationNote(types: readonly OrganizationType[], limit: number): string | null {
  if (types.length === 0) return null;
  const lower = (text: string) => (organizationsLanguage() === 'en' ? text.toLowerCase() : text);
  const which = types.map((type) => lower(ORGANIZATION_TYPE_PLURAL[type])).join(t('and'));
  return t('truncated', { limit, which });
}
