import { describe, expect, it } from "vitest";
import { assertedPart, findAgreementTypes, hasDoneMarker } from "./agreement-wording.ts";

const types = (text: string) => findAgreementTypes(text).map((t) => t.type);

describe("findAgreementTypes", () => {
  it("names every type", () => {
    expect(types("an off-campus practical teaching base")).toEqual(["practice_base"]);
    expect(types("a training base")).toEqual(["practice_base"]);
    expect(types("a graduate employment internship base")).toEqual(["internship_base"]);
    expect(types("the Smart Port Modern Industry College")).toEqual(["industry_college"]);
    expect(types("the Lanxi College Professor Workstation")).toEqual(["professor_workstation"]);
    expect(types('the "Lanxi Titanium Order Class" and a "Beifang Class"')).toEqual(["order_class", "order_class"]);
    expect(types("a targeted class")).toEqual(["order_class"]);
    expect(types("to attend the opening ceremony of class training in 2021")).toEqual(["order_class"]);
    expect(types("the opening ceremony of the new term")).toEqual([]);
    expect(types("the Advanced Materials Joint Laboratory")).toEqual(["joint_lab"]);
    expect(types("a joint R&D center")).toEqual(["joint_lab"]);
    expect(types('jointly established the "Joint Research and Development Base for Precision Tools"')).toEqual(["joint_lab"]);
    expect(types("unveiled a collaborative innovation centre")).toEqual(["joint_lab"]);
    expect(types("signed internship agreements with twelve companies")).toEqual(["internship_base"]);
    expect(types("have signed a three-year agreement to work together")).toEqual(["other"]);
    expect(types("inked a new agreement")).toEqual(["other"]);
    expect(types("set up an industry-university-research base")).toEqual(["practice_base"]);
    expect(types("signed a strategic cooperation framework agreement")).toEqual(["strategic_cooperation"]);
    expect(types("signed talent training agreements")).toEqual(["talent_training"]);
    expect(types("the Western Hydrogen Industry-Education Alliance")).toEqual(["alliance"]);
    expect(types("signed a school-enterprise cooperation agreement")).toEqual(["other"]);
    expect(types("held a school-enterprise cooperation signing ceremony")).toEqual(["other"]);
    expect(types("held a signing ceremony for the new gym")).toEqual([]);
  });
  it("reads a base and its agreement as one mention", () => {
    expect(types("signed employment base agreements with two firms")).toEqual(["internship_base"]);
  });
  it("reads memoranda, MoUs and letters of intent as several agreements", () => {
    const plural = (text: string) => findAgreementTypes(text).map((t) => t.plural);
    expect(plural("signed memoranda of understanding with two firms")).toEqual([true]);
    expect(plural("signed MoUs with two firms")).toEqual([true]);
    expect(plural("signed a memorandum of understanding with two firms")).toEqual([false]);
  });
  it("needs an agreement or a signing for talent training", () => {
    expect(types("committed to talent training")).toEqual([]);
  });
});

describe("hasDoneMarker and assertedPart", () => {
  it("sees signings, unveilings and launches", () => {
    for (const text of ["they signed", "the unveiling ceremony", "reached an agreement to establish", "developed in partnership with", "the alliance was initiated by"]) {
      expect(hasDoneMarker(text), text).toBe(true);
    }
    expect(hasDoneMarker("held a symposium on cooperation")).toBe(false);
  });
  it("cuts hopes, plans and references back", () => {
    expect(assertedPart("He hoped that the two sides would build an internship base.")).toBe("He ");
    expect(assertedPart("They signed an agreement and will build a base.")).toBe("They signed an agreement and ");
    expect(assertedPart("taking the co-construction of a base as an opportunity")).toBe("taking the co-construction of a base ");
    expect(assertedPart("Moving forward, both sides will build bases.")).toBe("");
    expect(assertedPart("On May 6, the two sides signed.")).toBe("On May 6, the two sides signed.");
  });
  it("keeps what follows a purpose that opens the sentence", () => {
    const text = "With an aim to achieve closer ties with industry, the university signed cooperation deals with 10 companies.";
    expect(assertedPart(text)).toBe(text);
    expect(assertedPart("To deepen cooperation, A and B signed an agreement and will build a base.")).toBe("To deepen cooperation, A and B signed an agreement and ");
  });
});
