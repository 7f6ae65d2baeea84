/**
 * Industry chains a release names: "Shaanxi Province Aluminum Magnesium Molybdenum Deep
 * Processing Key Industry Chain", "the smart grid industry chain of Hanzhong City", "the apple,
 * energy and cultural tourism industry chains" (three chains).
 */
const chainWords = /\b(?:industry|industrial)[\s-]chains?\b/gi;
const stopWords = new Set(
  "the a an of in on for to with and or its their our his her this that these those whole entire key relevant related local regional leading main major important modern advantageous characteristic emerging strategic province's city's county's country's region's nation's national provincial municipal various several other all each every both such certain new into from by at as serve serves serving".split(
    " ",
  ),
);

export interface ChainMention {
  name: string;
  index: number;
}

export function findIndustryChains(norm: string): ChainMention[] {
  const found: ChainMention[] = [];
  for (const match of norm.matchAll(chainWords)) {
    const before = norm.slice(0, match.index);
    const plural = /s$/i.test(match[0]);
    const chainText = match[0].replace(/s$/i, "");
    const capital = /^[A-Z]/.test(match[0]);
    // Words before "industry chain", back to a stop word or punctuation.
    const words = before.split(/\s+/).filter(Boolean);
    const modifiers: string[] = [];
    while (words.length > 0) {
      const word = words[words.length - 1]!;
      if (/[,;:!?"()]$/.test(word) || /^["(]/.test(word)) {
        if (/^["(]/.test(word) && !/[,;:!?")]$/.test(word)) modifiers.unshift(word.slice(1));
        break;
      }
      if (/'s$/.test(word) || (stopWords.has(word.toLowerCase()) && !(capital && /^[A-Z]/.test(word) && modifiers.length > 0 && word === "Key"))) {
        if (capital && word === "Key") {
          modifiers.unshift(word);
          words.pop();
          continue;
        }
        break;
      }
      modifiers.unshift(word);
      words.pop();
    }
    if (capital && modifiers.length > 0 && modifiers[0] === "Key") modifiers.shift();
    const meaningful = modifiers.filter((w) => !stopWords.has(w.toLowerCase()));
    if (meaningful.length === 0) continue;
    found.push({ name: `${modifiers.join(" ")} ${chainText}`, index: match.index - modifiers.join(" ").length - 1 });
    // "the apple, energy and cultural tourism industry chains": the coordinated items too.
    if (plural) {
      let rest = words.join(" ");
      for (;;) {
        const item = /(?:^|\s)([a-z][\w-]*(?:\s[a-z][\w-]*)?)\s*(?:,|,?\s+and)$/.exec(rest);
        const itemWords = item?.[1]!.split(" ").filter((w) => !stopWords.has(w.toLowerCase())) ?? [];
        if (!item || itemWords.length === 0) break;
        found.push({ name: `${itemWords.join(" ")} ${chainText}`, index: match.index });
        rest = rest.slice(0, item.index);
      }
    }
  }
  return found;
}
