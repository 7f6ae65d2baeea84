import { byEnds, type CollaborationLinkInput } from "../analytics/index.ts";
import { countryScope } from "../model/index.ts";

/** An organisation that collaborates, and the regions (province, prefecture) it lies in. */
export interface ScopedOrganization {
  id: string;
  /** Codes of the province and prefecture it lies in (LOCATED_IN, then PART_OF up): none, one or two. */
  regionCodes: string[];
}

/**
 * The links of each network whose metrics are stored: the whole country's, and each province's
 * and prefecture's, a link belonging to a region when both its organisations lie in it (the rule
 * of the network query's region filter). Links come back ordered by source, then target, in every
 * scope, so a scope's graph is built the same way however the links were read.
 *
 * Cost: O(m log m) for the order, then O(m) with at most two regions per organisation.
 */
export function scopeLinks(organizations: readonly ScopedOrganization[], links: readonly CollaborationLinkInput[]): Map<string, CollaborationLinkInput[]> {
  const regionsOf = new Map(organizations.map((org) => [org.id, org.regionCodes]));
  const ordered = [...links].sort(byEnds);
  const scopes = new Map<string, CollaborationLinkInput[]>([[countryScope, ordered]]);
  for (const link of ordered) {
    const target = regionsOf.get(link.target);
    if (!target) continue;
    for (const code of regionsOf.get(link.source) ?? []) {
      if (!target.includes(code)) continue;
      let list = scopes.get(code);
      if (!list) scopes.set(code, (list = []));
      list.push(link);
    }
  }
  return scopes;
}

