import type { OrgEntry } from "./organizations.ts";

/** Where a sentence names an organisation, by a full form or a resolved short form. */
export interface Mention {
  org: OrgEntry;
  index: number;
  end: number;
  /** The name or a short form of it; "reference" when "the school" or "the two sides" stood for it. */
  via: "name" | "reference";
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Every place a text names one of the organisations, longest forms first, without overlaps. */
export function findMentions(text: string, orgs: OrgEntry[]): Mention[] {
  const surfaces = orgs
    .flatMap((org) => [...new Set([org.name, ...org.forms, ...org.aliases])].map((surface) => ({ org, surface })))
    .filter(({ surface }) => surface.length >= 2)
    .sort((a, b) => b.surface.length - a.surface.length);
  const found: Mention[] = [];
  for (const { org, surface } of surfaces) {
    for (let from = text.indexOf(surface); from !== -1; from = text.indexOf(surface, from + 1)) {
      const end = from + surface.length;
      if (isWordChar(text[from - 1]) || (isWordChar(text[end]) && isWordChar(surface[surface.length - 1]))) continue;
      if (found.some((m) => from < m.end && end > m.index)) continue;
      found.push({ org, index: from, end, via: "name" });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}
