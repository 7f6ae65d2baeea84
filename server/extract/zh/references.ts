import type { OrganizationRole } from "../types.ts";
import { isNameStartBoundary } from "./name-boundary.ts";

/**
 * Words that stand for an organisation without naming it: the writer's own (我校, 我院, 我公司,
 * 本公司), a bare kind that means the writer or the one just named (学校, 公司, 集团), and
 * anaphora for the last one named (该校, 该公司, 该厂).
 */
export type ReferenceKind = "writer" | "bare" | "anaphora";

export interface ReferenceWord {
  text: string;
  role: OrganizationRole;
  kind: ReferenceKind;
}

const words: ReferenceWord[] = [
  ...["我校", "本校", "我院", "本院"].map((text) => ({ text, role: "institution" as const, kind: "writer" as const })),
  ...["我公司", "本公司", "我司", "本司", "我集团", "本集团", "我厂", "本厂"].map((text) => ({ text, role: "enterprise" as const, kind: "writer" as const })),
  ...["我局", "本局", "我厅"].map((text) => ({ text, role: "government" as const, kind: "writer" as const })),
  ...["学校", "学院"].map((text) => ({ text, role: "institution" as const, kind: "bare" as const })),
  ...["集团公司", "公司", "集团"].map((text) => ({ text, role: "enterprise" as const, kind: "bare" as const })),
  ...["该校", "该院", "该学院", "该大学"].map((text) => ({ text, role: "institution" as const, kind: "anaphora" as const })),
  ...["该公司", "该集团", "该企业", "该厂"].map((text) => ({ text, role: "enterprise" as const, kind: "anaphora" as const })),
  ...["该局", "该县", "该市"].map((text) => ({ text, role: "government" as const, kind: "anaphora" as const })),
].sort((a, b) => b.text.length - a.text.length);

export interface ReferenceMatch extends ReferenceWord {
  start: number;
  end: number;
}

// A bare 学校/公司 must start a word (not 化工学院, 秦越公司) and not follow these: 分公司, 子公司, 两所学校.
const notBareAfter = /[分子总母省市县区各多所家该本我贵其此这那]$/;

/** References in text[from, to) outside the spans taken by names. */
export function findReferences(text: string, from: number, to: number, taken: [number, number][]): ReferenceMatch[] {
  const found: ReferenceMatch[] = [];
  const isTaken = (position: number) => taken.some(([s, e]) => position >= s && position < e);
  for (let start = from; start < to; start++) {
    if (isTaken(start)) continue;
    const word = words.find((w) => text.startsWith(w.text, start) && start + w.text.length <= to);
    if (!word) continue;
    if (word.kind === "bare" && (notBareAfter.test(text.slice(from, start)) || !isNameStartBoundary(text, start, from))) continue;
    found.push({ ...word, start, end: start + word.text.length });
    start += word.text.length - 1;
  }
  return found;
}
