import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences.ts";

describe("splitSentences", () => {
  it("gives each sentence with its offset in the text", () => {
    const text = "Title of the piece\nFirst sentence here. Second one follows.\n";
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(["Title of the piece", "First sentence here.", "Second one follows."]);
    for (const s of sentences) expect(text.slice(s.offset, s.offset + s.text.length)).toBe(s.text);
    expect(sentences[0]!.kind).toBe("title");
    expect(sentences[1]!.paragraph).toBe(sentences[2]!.paragraph);
  });

  it("splits run-together sentences", () => {
    const texts = splitSentences("They met the guests at the gate.Then the talks began.Pupils.Teachers came too.").map((s) => s.text);
    expect(texts).toEqual(["They met the guests at the gate.", "Then the talks began.", "Pupils.", "Teachers came too."]);
  });

  it("does not split after abbreviations, initials or decimals", () => {
    const texts = splitSentences("Lanxi Pump Co., Ltd. and Mr. Wang met on Nov. 8 at No. 3 Road, worth 2.5 million yuan. J. Smith came.").map((s) => s.text);
    expect(texts).toEqual(["Lanxi Pump Co., Ltd. and Mr. Wang met on Nov. 8 at No. 3 Road, worth 2.5 million yuan.", "J. Smith came."]);
  });

  it("does not split inside a two-part legal form (Sdn. Bhd., Pte. Ltd., Pty. Ltd.)", () => {
    const texts = splitSentences("The polytechnic signed with Lembah Gear Sdn. Bhd. and Marlin Pte. Ltd. and Koala Pty. Ltd. today. Talks followed.").map((s) => s.text);
    expect(texts).toEqual(["The polytechnic signed with Lembah Gear Sdn. Bhd. and Marlin Pte. Ltd. and Koala Pty. Ltd. today.", "Talks followed."]);
  });

  it("does not split before a short form defined after a name's final stop", () => {
    const texts = splitSentences("Lembah Gear Sdn. Bhd. (LGSB) and Marlin Inc. (MI) signed an MoU. (Photo) Talks followed.").map((s) => s.text);
    expect(texts).toEqual(["Lembah Gear Sdn. Bhd. (LGSB) and Marlin Inc. (MI) signed an MoU.", "(Photo) Talks followed."]);
  });

  it("marks header, navigation and footer lines", () => {
    const kinds = splitSentences(
      ["Location: HOME >> Rolling News", "A headline without a stop", " time:2025-05-06 View:1698", "Body text goes here.", "Copyright 2025 Some Site. All rights reserved.", "TAG:"].join("\n"),
    ).map((s) => s.kind);
    expect(kinds).toEqual(["boilerplate", "title", "meta", "body", "boilerplate", "boilerplate"]);
  });

  it("drops a footer sentence inside a long line but keeps the body before it", () => {
    const body = "The college and the firm opened a training base in the city, and more than sixty students will join it in April this year. ".repeat(4);
    const sentences = splitSentences(`${body}Copyright © 2025 Some College All Rights Reserved.`);
    expect(sentences.filter((s) => s.kind === "body")).toHaveLength(4);
    expect(sentences.at(-1)!.kind).toBe("boilerplate");
  });

  it("copes with empty and odd input", () => {
    expect(splitSentences("")).toEqual([]);
    expect(splitSentences("\n\n  \n")).toEqual([]);
    expect(splitSentences("....").length).toBe(1);
  });
});

describe("splitSentences on pages saved with their layout's line breaks", () => {
  it("joins a line that stops mid-sentence to the next, and keeps titles and datelines apart", () => {
    const text = "Jiaxing Polytechnic Signs with Three Companies\n2025-06-20 | Views: 12\nOn June 18, Jiaxing Polytechnic signed agreements with\nJiaxing Huateng Electronics Co., Ltd. and\nZhejiang Nanhu Precision Machinery Co., Ltd. The bases\nopen in July.";
    const sentences = splitSentences(text).filter((s) => s.kind !== "meta");
    expect(sentences.map((s) => [s.kind, s.norm])).toEqual([
      ["title", "Jiaxing Polytechnic Signs with Three Companies"],
      ["body", "On June 18, Jiaxing Polytechnic signed agreements with\nJiaxing Huateng Electronics Co., Ltd. and\nZhejiang Nanhu Precision Machinery Co., Ltd."],
      ["body", "The bases\nopen in July."],
    ]);
    expect(text.slice(sentences[1]!.offset, sentences[1]!.offset + sentences[1]!.text.length)).toBe(sentences[1]!.text);
  });
});
