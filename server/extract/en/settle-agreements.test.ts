import { describe, expect, it } from "vitest";
import type { AgreementDraft } from "./agreement-draft.ts";
import { orgEntry } from "./org-entry-fixture.ts";
import type { OrgEntry } from "./organizations.ts";
import { settle, splitBilateral } from "./settle-agreements.ts";

const org = orgEntry;
const college = org("Lanxi College", "institution");
const a = org("A Co., Ltd.", "enterprise");
const b = org("B Co., Ltd.", "enterprise");
const draft = (type: AgreementDraft["type"], parties: OrgEntry[], extra: Partial<AgreementDraft> = {}): AgreementDraft => ({
  type,
  parties,
  figures: {},
  sentence: 0,
  evidence: { text: "s", offset: 0, norm: "s", paragraph: 0, kind: "body" },
  confidence: 0.9,
  inferred: false,
  ...extra,
});

describe("settle", () => {
  it("merges mentions of one agreement, keeping the date", () => {
    const out = settle([draft("practice_base", [college, a], { confidence: 0.8 }), draft("practice_base", [a, college], { date: "2025-03-20" })]);
    expect(out).toHaveLength(1);
    expect(out[0]!.date).toBe("2025-03-20");
  });
  it("joins a mention with fewer parties to the fuller one", () => {
    const out = settle([draft("alliance", [college]), draft("alliance", [college, a, b])]);
    expect(out.map((d) => d.parties.length)).toEqual([3]);
  });
  it("drops a bare cooperation agreement wrapping a specific one", () => {
    expect(settle([draft("other", [college, a]), draft("internship_base", [college, a])]).map((d) => d.type)).toEqual(["internship_base"]);
    expect(settle([draft("other", [college, b]), draft("internship_base", [college, a])]).map((d) => d.type)).toEqual(["other", "internship_base"]);
  });
  it("needs two parties, or a counted group, or an alliance", () => {
    expect(settle([draft("joint_lab", [college])])).toEqual([]);
    expect(settle([draft("talent_training", [college], { figures: { enterprises: 36 } })])).toHaveLength(1);
  });
  it("keeps MoUs with a counted group although a one-party lab the article mentions is dropped", () => {
    const mous = draft("other", [college], { figures: { enterprises: 12 } });
    expect(settle([mous, draft("joint_lab", [college])]).map((d) => d.type)).toEqual(["other"]);
  });
});

describe("splitBilateral", () => {
  const t = { type: "practice_base" as const, index: 0, end: 1, text: "base", plural: false };
  it("gives a base per partner", () => {
    expect(splitBilateral(draft("practice_base", [college, a, b]), t, "").map((d) => d.parties.map((p) => p.name))).toEqual([
      ["Lanxi College", "A Co., Ltd."],
      ["Lanxi College", "B Co., Ltd."],
    ]);
  });
  it("keeps a jointly built college or lab whole", () => {
    expect(splitBilateral(draft("industry_college", [college, a, b]), { ...t, type: "industry_college" }, "agreements")).toHaveLength(1);
  });
});
