import type { OrganizationRole } from "../types.ts";

/**
 * Words that stand for an organisation without naming it: "our company", "the school", "the
 * county government", "the research institute", and for the parties together: "the two sides",
 * "both parties", "the three parties".
 */
export type Reference =
  | { kind: "role"; role: OrganizationRole; firstPerson: boolean; hint?: string; index: number; end: number; text: string }
  | { kind: "parties"; count: number; index: number; end: number; text: string };

const rolePatterns: [OrganizationRole, RegExp][] = [
  ["enterprise", /\b(our|the|this)\s+(company|enterprise|group|firm|corporation|factory)\b(?!\s+of\s+[A-Z])/gi],
  ["institution", /\b(our|the|this)\s+((?:research\s+)?(?:university|college|school|institute|polytechnic|academy))\b(?!\s+of\s+[A-Z])/gi],
  ["government", /\b(our|the|this)\s+((?:county|city|municipal|provincial|district|local|prefectural)\s+government)\b/gi],
];

const partyWords: Record<string, number> = { two: 2, both: 2, three: 3, four: 4, all: 0 };
const partiesPattern = /\b(?:the\s+(two|three|four)\s+(?:sides|parties)|(both)\s+(?:sides|parties)|(all)\s+parties)\b/gi;

export function findReferences(text: string): Reference[] {
  const found: Reference[] = [];
  for (const [role, re] of rolePatterns) {
    for (const m of text.matchAll(re)) {
      const noun = m[2]!.toLowerCase();
      found.push({
        kind: "role",
        role,
        firstPerson: m[1]!.toLowerCase() === "our",
        ...(role === "institution" || role === "enterprise" ? { hint: noun } : {}),
        index: m.index,
        end: m.index + m[0].length,
        text: m[0],
      });
    }
  }
  for (const m of text.matchAll(partiesPattern)) {
    const word = (m[1] ?? m[2] ?? m[3])!.toLowerCase();
    found.push({ kind: "parties", count: partyWords[word] ?? 2, index: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** "our company", "our school": the writer's own organisation, and its kind. */
export function firstPersonRole(text: string): OrganizationRole | undefined {
  if (/\bour\s+(?:company|enterprise|group|firm|corporation|factory)\b/i.test(text)) return "enterprise";
  if (/\bour\s+(?:university|college|school|institute|polytechnic|academy)\b/i.test(text)) return "institution";
  return undefined;
}
