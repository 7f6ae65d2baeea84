import { describe, expect, it } from "vitest";
import { normaliseEnglish } from "./normalise.ts";

describe("normaliseEnglish", () => {
  it("capitalises a place's government written small (Lanxi City government)", () => {
    expect(normaliseEnglish("officials of the Lanxi City government and the Macao SAR government; the local government")).toBe(
      "officials of the Lanxi City Government and the Macao SAR Government; the local government",
    );
  });

  it("capitalises a school's field that translation wrote small", () => {
    expect(normaliseEnglish("teachers of Hanbei University of technology and Luhe University of science and technology of China")).toBe(
      "teachers of Hanbei University of Technology and Luhe University of Science and Technology of China",
    );
    // Only right after a school's head: a university's own words stay as written.
    expect(normaliseEnglish("the university of technology and the College of the Arts; science and technology")).toBe("the university of technology and the College of the Arts; science and technology");
  });

  it("joins spaced hyphens", () => {
    expect(normaliseEnglish("an Off - Campus base for high - level talent")).toBe("an Off-Campus base for high-level talent");
  });
  it("reads the hyphen after a dateline's place in capitals as a separator, not a broken word", () => {
    expect(normaliseEnglish("BATANGAS CITY - Lakeshore State University signed.")).toBe("BATANGAS CITY, Lakeshore State University signed.");
    expect(normaliseEnglish("Title\nKUALA LUMPUR - Politeknik Ungku Omar signed.")).toBe("Title\nKUALA LUMPUR, Politeknik Ungku Omar signed.");
    // Not inside a sentence, nor after a word that is not in capitals.
    expect(normaliseEnglish("the UTP - Petrobina lab and Off - Campus")).toBe("the UTP-Petrobina lab and Off-Campus");
  });
  it("straightens quotes and apostrophes and collapses spaces", () => {
    expect(normaliseEnglish("the “Xi’an   Base”\u00a0opened")).toBe('the "Xi\'an Base" opened');
  });
  it("parts a small word glued to the name after it, and nothing else", () => {
    expect(normaliseEnglish("signed an agreement with theGeneral Technology Group andHarbin Tools")).toBe("signed an agreement with the General Technology Group and Harbin Tools");
    expect(normaliseEnglish("theory, within, Anhui, onto, iPhone, toUSA")).toBe("theory, within, Anhui, onto, iPhone, toUSA");
  });
  it("restores the s a translation dropped from People's in a body's name", () => {
    expect(normaliseEnglish("Suzhou Municipal People' Government and the People' Hospital")).toBe("Suzhou Municipal People's Government and the People's Hospital");
    expect(normaliseEnglish("the people' voices")).toBe("the people' voices");
  });
  it("leaves a dash between a number and punctuation alone", () => {
    expect(normaliseEnglish("Copyright 1995 - . All")).toBe("Copyright 1995 - . All");
  });
});
