import { MISSING_VALUE } from './missing-value';

/**
 * A community as every view writes it: the API's number (1 is the largest community of the
 * network the metrics were computed over, as stored and as the exports write it), or a dash for an
 * organisation in none (-1: no partners, or brought in from outside the filter).
 */
export function communityNumber(community: number, locale?: string): string {
  return community >= 1 ? community.toLocaleString(locale) : MISSING_VALUE;
}
