import { request } from '../api/graphql-client';
import { displayName } from '../i18n/display-name';
import { provinceOf } from './colour-scales';
import { labelName } from './network-labels';
import { ORGANIZATION_LABELS, SEARCH_QUERY, type RegionOption, type SearchHit, type SearchResult, type SearchVariables } from './network-query';

type Names = { readonly name: string; readonly nameZh: string | null };

/**
 * The names the explorer has met (nodes, search hits, path ends) and the provinces', so any id or
 * region code it shows can be written in the reader's language.
 */
export interface NameBook {
  remember(entity: { readonly id: string } & Names): void;
  setProvinces(regions: readonly RegionOption[]): void;
  /** An organisation's name, or its id when never met. */
  nameOf(id: string): string;
  /** "Shandong" for a province, "Shandong (371500)" for a place in it; the code when unknown. */
  regionName(code: string | null): string | null;
  /** A suggestion's main line and second line (type, region, the name in the other language). */
  describeHit(hit: SearchHit): { primary: string; secondary: string };
  /** Organisations (not alliances or chains) matching the text, best first. */
  searchOrganisations(text: string, signal: AbortSignal): Promise<readonly SearchHit[]>;
}

export function createNameBook(): NameBook {
  const names = new Map<string, Names>();
  let provinces = new Map<string, Names>();
  const book: NameBook = {
    remember(entity) {
      names.set(entity.id, entity);
    },
    setProvinces(regions) {
      provinces = new Map(regions.map((region) => [region.code, region]));
    },
    nameOf(id) {
      const known = names.get(id);
      return known === undefined ? id : displayName(known);
    },
    regionName(code) {
      const province = provinceOf(code);
      if (code === null || province === null) return code;
      const region = provinces.get(province);
      if (region === undefined) return code;
      return code === province ? displayName(region) : `${displayName(region)} (${code})`;
    },
    describeHit(hit) {
      const other = displayName(hit) === hit.name ? hit.nameZh : hit.name;
      const parts = [labelName(hit.kind), book.regionName(hit.regionCode), other].filter((part): part is string => Boolean(part));
      return { primary: displayName(hit), secondary: parts.join(' · ') };
    },
    async searchOrganisations(text, signal) {
      const result = await request<SearchResult, SearchVariables>(SEARCH_QUERY, { text, limit: 15 }, { signal });
      const hits = result.search.filter((hit) => (ORGANIZATION_LABELS as readonly string[]).includes(hit.kind)).slice(0, 8);
      for (const hit of hits) book.remember(hit);
      return hits;
    },
  };
  return book;
}
