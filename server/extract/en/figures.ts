/**
 * Counts stated for an agreement: students, positions, enterprises ("more than 70 students",
 * "36 enterprises", "20 internship positions", "three enterprises"). Other counts ("over 280
 * practical resources", "5 million yuan") are not figures of an agreement.
 */
export interface Figures {
  students?: number;
  positions?: number;
  enterprises?: number;
}

/** Numbers written in words, as counts are ("three enterprises"). */
export const numberWords: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};

const kinds: [keyof Figures, RegExp][] = [
  ["students", /^(?:students?|trainees?|interns?|apprentices?|undergraduates?|pupils?)$/],
  ["positions", /^(?:positions?|posts?|jobs?|vacancies|vacancy|placements?)$/],
  ["enterprises", /^(?:enterprises?|companies|company|firms?|employers?)$/],
];

const count = String.raw`(\d{1,3}(?:,\d{3})+|\d+|${Object.keys(numberWords).join("|")})`;
const nouns = kinds.map(([, re]) => re.source.slice(1, -1)).join("|");
// A number, up to three describing words, and the counted noun: "40 second-year students".
const figurePattern = new RegExp(String.raw`\b${count}\+?\s+((?:[a-z][a-z'-]*\s+){0,3}?)(${nouns})\b`, "gi");

export function findFigures(text: string): Figures {
  const figures: Figures = {};
  for (const m of text.matchAll(figurePattern)) {
    const raw = m[1]!.toLowerCase();
    const value = numberWords[raw] ?? Number(raw.replace(/,/g, ""));
    const noun = m[3]!.toLowerCase();
    const between = m[2]!.trim();
    // "5 million yuan", "3 years of": no describing word may itself be a unit.
    if (between.split(/\s+/).some((w) => /^(?:million|billion|thousand|hundred|yuan|years?|months?|days?|percent|times|of|and|or|to|from|with|in)$/.test(w))) continue;
    const kind = kinds.find(([, re]) => re.test(noun))?.[0];
    if (!kind || figures[kind] !== undefined || !Number.isFinite(value) || value <= 0) continue;
    figures[kind] = value;
  }
  return figures;
}
