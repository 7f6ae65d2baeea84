import type { TypeMention } from "./agreement-wording.ts";
import { headlineVerbs, headRole } from "./org-lexicon.ts";

/** The name an agreement carries: the quoted name holding its type, or the capitalised words ending in it. */
export function agreementTitle(norm: string, t: TypeMention): string | undefined {
  for (const m of norm.matchAll(/"([^"]{3,160})"/g)) {
    const inner = m[1]!.replace(/[,.;]+$/, "");
    const start = m.index + 1;
    if ((t.index >= start && t.index < start + m[1]!.length) || inner.toLowerCase().includes(t.text.toLowerCase())) return inner;
  }
  if (!/^[A-Z]/.test(t.text)) return undefined;
  const before = norm.slice(0, t.index).match(/((?:[A-Z][\p{L}&'-]*\s+)+)$/u)?.[1]?.trim();
  if (!before) return undefined;
  let words = before.split(/\s+/);
  // In a title-case headline the name starts after the verb ("… Technology Unveils Modern Industry College").
  const verb = words.findLastIndex((w) => headlineVerbs.has(w) || headRole(w) !== undefined);
  if (verb !== -1) words = words.slice(verb + 1);
  while (words.length > 0 && /^(?:The|A|An|This|Our)$/.test(words[0]!)) words.shift();
  return words.length > 0 ? `${words.join(" ")} ${t.text}` : undefined;
}
