/**
 * The searchText a searchable node is stored with (cypher/queries/fill-search-text.cypher and every
 * query that writes a name): each of its name, Chinese name, code and aliases as a key, lower case
 * with all but letters and digits taken out, between "|" marks. The Cypher and this function must
 * agree: test/integration/schema.test.ts holds them to it.
 */

/** One name as a stored key: lower case, letters and digits only. */
export function storedSearchKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

/** The searchText of a node with these names (absent ones skipped), in the Cypher's order: name, Chinese name, code, aliases. */
export function searchTextOf(names: readonly (string | null | undefined)[]): string {
  return `|${names.filter((name): name is string => name !== undefined && name !== null).map(storedSearchKey).join("|")}|`;
}
