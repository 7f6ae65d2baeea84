import { describe, expect, it } from "vitest";
import type { ArticleText } from "../types.ts";
import { extractEnglish } from "./extract-english.ts";

const extract = (text: string, more: Partial<ArticleText> = {}) => extractEnglish({ text, language: "en", ...more });
const names = (text: string, more?: Partial<ArticleText>) => extract(text, more).organizations.map((o) => `${o.role}: ${o.name}`);
const agreements = (text: string, more?: Partial<ArticleText>) =>
  extract(text, more).agreements.map((a) => `${a.type} ${a.date ?? "-"} [${[...a.parties].sort().join(" + ")}]`);

describe("extractEnglish", () => {
  it("reads a signing with its type, parties, date, figures and evidence", () => {
    const text = [
      "Location: HOME >> Campus News",
      "Lanxi Polytechnic College and Baiyun Grid Equipment Co., Ltd. Sign Practice Base Agreement",
      " time:2025-04-10 View:856",
      "On April 8, Lanxi Polytechnic College and Baiyun Grid Equipment Co., Ltd. signed an agreement setting up an off - campus practical teaching base. Under the agreement, the company will take more than 50 students a year and offer 20 internship positions.",
    ].join("\n");
    const result = extract(text);
    expect(result.agreements).toHaveLength(1);
    const [agreement] = result.agreements;
    expect(agreement).toMatchObject({ type: "practice_base", date: "2025-04-08", figures: { students: 50, positions: 20 }, confidence: 0.9 });
    expect([...agreement!.parties].sort()).toEqual(["Baiyun Grid Equipment Co., Ltd.", "Lanxi Polytechnic College"]);
    expect(text.slice(agreement!.evidence.offset, agreement!.evidence.offset + agreement!.evidence.quote.length)).toBe(agreement!.evidence.quote);
    expect(agreement!.evidence.quote).toMatch(/^On April 8/);
  });

  it("reads partnerships sealed, forged or entered into as agreements", () => {
    expect(agreements("Lakeshore State University (LSU) and Pacific Grid Inc. sealed a partnership on 4 April 2025.", { publishedOn: "2025-04-06" })).toEqual([
      "other 2025-04-04 [Lakeshore State University + Pacific Grid Inc.]",
    ]);
    expect(agreements("On 4 April 2025, Harbour Polytechnic entered into an agreement with Coral Ship Repair Sdn. Bhd. on staff exchange.")).toEqual([
      "other 2025-04-04 [Coral Ship Repair Sdn. Bhd. + Harbour Polytechnic]",
    ]);
    // A hope to seal one is not one.
    expect(agreements("Lakeshore State University hopes to seal a partnership with Pacific Grid Inc. next year.")).toEqual([]);
  });

  it("takes one company written with its legal form short and long, or by a shorter name, for one", () => {
    const text = [
      "Westbridge University and Anhui Redstone Group Company Limited Signed a Strategic Cooperation Agreement",
      "On April 22, a team from Westbridge University visited Anhui Redstone Group Company Ltd. The two sides then signed a strategic cooperation agreement. The two sides had a talk in conference room 2307 of the Redstone Group headquarters.",
    ].join("\n");
    expect(names(text)).toEqual(["institution: Westbridge University", "enterprise: Anhui Redstone Group Company Limited"]);
  });

  it("reads the signing ceremony of a cooperation between two bodies as their agreement", () => {
    const text = "On the afternoon of May 20, the signing ceremony of the school-enterprise cooperation between Westbridge Polytechnic and Hengda Intelligent Equipment Co., Ltd. was held in the administrative building.";
    expect(agreements(text, { publishedOn: "2025-05-22" })).toEqual(["other 2025-05-20 [Hengda Intelligent Equipment Co., Ltd. + Westbridge Polytechnic]"]);
  });

  it("keeps no agreement of companies among themselves", () => {
    const text = "The university signed cooperation agreements with 12 enterprises including Hengda Intelligent Equipment Co., Ltd. and Qinchuan Machine Tool Group Co., Ltd.";
    expect(agreements(text, { publishedOn: "2025-05-22" })).toEqual([]);
  });

  it("reads memoranda exchanged and partnerships announced as done", () => {
    expect(agreements("Westbridge University and Meridian Group exchanged MoUs at a ceremony held on 3 June 2025.")).toEqual(["other 2025-06-03 [Meridian Group + Westbridge University]"]);
    expect(agreements("On 3 June 2025, the MoU exchange ceremony between Westbridge University and Meridian Group was witnessed by the minister.")).toEqual([
      "other 2025-06-03 [Meridian Group + Westbridge University]",
    ]);
    expect(agreements("Meridian Group and Westbridge University today announced a strategic partnership in renewable energy.", { publishedOn: "2025-07-10" })).toEqual([
      "strategic_cooperation 2025-07-10 [Meridian Group + Westbridge University]",
    ]);
    // Plans announced are plans.
    expect(agreements("Westbridge University announced plans to sign a strategic partnership with Meridian Group.", { publishedOn: "2025-07-10" })).toEqual([]);
  });

  it("dates an agreement by the next sentence when it tells of that signing", () => {
    const text = "Westbridge University and Norland Electric Corporation have inked an agreement to establish a joint laboratory on battery materials. The agreement was signed on May 3, 2025 by the university's vice-chancellor and the company's chief executive.";
    expect(agreements(text, { publishedOn: "2025-05-06" })).toEqual(["joint_lab 2025-05-03 [Norland Electric Corporation + Westbridge University]"]);
  });

  it("does not take the college a signing launches for a party, also when named before what it is", () => {
    const launched = "On 8 July 2025, Eastfield Polytechnic and Norland Electric Corporation launched the Norland Industry Academy, an industry college for power engineering.";
    expect(agreements(launched)).toEqual(["industry_college 2025-07-08 [Eastfield Polytechnic + Norland Electric Corporation]"]);
    const apposition = "On 8 July 2025, Eastfield Polytechnic opened the Norland Academy, an industry college jointly established with Norland Electric Corporation.";
    expect(agreements(apposition)).toEqual(["industry_college 2025-07-08 [Eastfield Polytechnic + Norland Electric Corporation]"]);
  });

  it("reads memoranda signed with two companies as one agreement with each", () => {
    expect(agreements("IPOH, 3 March 2025: Politeknik Lembah Kinta signed memoranda of understanding with Tanjung Gear Sdn. Bhd. and Kinta Food Sdn. Bhd. on staff training.")).toEqual([
      "other 2025-03-03 [Politeknik Lembah Kinta + Tanjung Gear Sdn. Bhd.]",
      "other 2025-03-03 [Kinta Food Sdn. Bhd. + Politeknik Lembah Kinta]",
    ]);
  });

  it("finds no agreement in a visit, a symposium or a hope", () => {
    const text = [
      "On the morning of April 11, a delegation of Hebei Lanxi University of Technology visited Baiyun Steel Group Co., Ltd. for a school-enterprise symposium.",
      "The general manager hoped that the two sides would take the co-construction of an internship base as an opportunity to deepen cooperation.",
      "In the future, both sides will jointly build a practice base.",
    ].join("\n");
    expect(agreements(text)).toEqual([]);
    expect(names(text)).toEqual(["institution: Hebei Lanxi University of Technology", "enterprise: Baiyun Steel Group Co., Ltd."]);
  });

  it("reads a defined short form before a department or school as its owner, not a word of its name", () => {
    const text = [
      "Lanxi Motors and the Ministry of Vocational Training (MOVT) signed an agreement with Lanxi University of Technology (LUT) on May 6, 2025.",
      "The programme runs under MOVT's Department of Polytechnic Colleges and the LUT School of Mechanical Engineering.",
    ].join("\n");
    expect(names(text)).toContain("government: Department of Polytechnic Colleges");
    expect(names(text).some((n) => /MOVT Department|LUT School/.test(n))).toBe(false);
    // The agency a body answers to, joined by a hyphen, is not part of its name.
    expect(names("Students trained at the DOST-Lanxi Textile Research Institute in May.")).toEqual(["institution: Lanxi Textile Research Institute"]);
  });

  it("dates a signing by its own day, not by the news dateline that opens its sentence", () => {
    const text = "ALOR SETAR, 20 June 2025 - Lanxi Polytechnic signed an internship agreement with Baiyun Steel Works Sdn. Bhd. on June 18, 2025.";
    expect(agreements(text)).toEqual(["internship_base 2025-06-18 [Baiyun Steel Works Sdn. Bhd. + Lanxi Polytechnic]"]);
    // With no date of its own, the dateline's day stands.
    expect(agreements("ALOR SETAR, 20 June 2025 - Lanxi Polytechnic signed an internship agreement with Baiyun Steel Works Sdn. Bhd.")).toEqual([
      "internship_base 2025-06-20 [Baiyun Steel Works Sdn. Bhd. + Lanxi Polytechnic]",
    ]);
    // A later sentence with no day of its own takes the event's day, not the dateline's.
    expect(
      agreements("ALOR SETAR, 20 June 2025 - Lanxi Polytechnic signed an internship agreement with Baiyun Steel Works Sdn. Bhd. on June 18, 2025. Lanxi Polytechnic also set up a training base with Qinghe Foods Sdn. Bhd."),
    ).toContain("practice_base 2025-06-18 [Lanxi Polytechnic + Qinghe Foods Sdn. Bhd.]");
  });

  it("reads no lab in a person's title", () => {
    const text = "On May 6, Wang Li, Director of the Key Laboratory of Smart Welding of the Ministry of Education, went to Baiyun Steel Group Co., Ltd. with Lanxi University to attend the signing ceremony.";
    expect(agreements(text).filter((a) => a.startsWith("joint_lab"))).toEqual([]);
  });

  it("never takes an organisation from boilerplate", () => {
    const text = [
      "Lanxi College signed a training base agreement with Baiyun Valve Co., Ltd. on 3 May 2025.",
      "Next: Qiantang University and Hangzhou Metro Co., Ltd. sign internship base agreement",
      "Copyright 2001 - . All rights reserved. Everything on this site belongs to Lanxi Daily Information Co (LDIC).",
      "TAG: Sunrise Media Group Co., Ltd.",
    ].join("\n");
    expect(names(text)).toEqual(["institution: Lanxi College", "enterprise: Baiyun Valve Co., Ltd."]);
    expect(agreements(text)).toEqual(["practice_base 2025-05-03 [Baiyun Valve Co., Ltd. + Lanxi College]"]);
  });

  it("resolves short forms and the writer", () => {
    const text = [
      "Source: Gansu Baiyun Pharmaceutical Co., Ltd.   Date: 2025-06-18",
      "On the afternoon of June 16, the unveiling ceremony of the \"Longyou Medical College Professor Workstation\" was held in our company.Baiyun thanked the college.",
      "At the ceremony, the two sides also signed an agreement on the joint construction of a student internship base.",
    ].join("\n");
    const result = extract(text);
    expect(result.organizations.find((o) => o.role === "enterprise")).toMatchObject({ name: "Gansu Baiyun Pharmaceutical Co., Ltd.", aliases: ["Baiyun"], province: "Gansu" });
    expect(agreements(text)).toEqual([
      "professor_workstation 2025-06-16 [Gansu Baiyun Pharmaceutical Co., Ltd. + Longyou Medical College]",
      "internship_base 2025-06-16 [Gansu Baiyun Pharmaceutical Co., Ltd. + Longyou Medical College]",
    ]);
  });

  it("reports written variants and distinctive short forms as aliases, not generic ones", () => {
    const text = "Hebei Lanxi University of Technology and the Hebei Provincial Department of Finance met.\nThe University of Technology and the Hebei Department of Finance talked. LANXI hosted.";
    const aliases = Object.fromEntries(extract(text).organizations.map((o) => [o.name, o.aliases]));
    expect(aliases).toEqual({ "Hebei Lanxi University of Technology": ["LANXI"], "Hebei Provincial Department of Finance": ["Hebei Department of Finance"] });
  });

  it("takes the writer from ArticleText and the title when the reader took it out of the text", () => {
    const text = "Recently, our company and Lanxi Institute of Mining officially signed a school-enterprise cooperation agreement.";
    expect(agreements(text, { writer: { name: "Hongyuan Tongda", role: "enterprise" }, title: "The company and Lanxi Institute of Mining jointly build an internship base" })).toEqual([
      "internship_base - [Hongyuan Tongda + Lanxi Institute of Mining]",
    ]);
  });

  it("gives each agreement of a sentence its own partner, and leaves out witnesses", () => {
    const text =
      "Witnessed by officials of the Hubei Provincial Department of Education, Lanxi University signed a strategic cooperation agreement with Baiyun Municipal People's Government and a talent training agreement with Qinghe Food Group Co., Ltd. on 2 March 2025.";
    expect(agreements(text)).toEqual([
      "strategic_cooperation 2025-03-02 [Baiyun Municipal People's Government + Lanxi University]",
      "talent_training 2025-03-02 [Lanxi University + Qinghe Food Group Co., Ltd.]",
    ]);
    expect(names(text)).toContain("government: Hubei Provincial Department of Education");
  });

  it("takes a witness only right after its phrase, not a party named past the phrase's clause", () => {
    const text =
      'Today, under the guidance of national policy on "integrating industry and education, opening up the talent chain", the Hefei branch of Baiyun Group has established a "practice base" with Lanxi University of technology.';
    expect(agreements(text)).toEqual(["practice_base - [Baiyun Group + Lanxi University of Technology]"]);
    expect(agreements("Under the guidance of the Hubei Provincial Department of Education, Lanxi University and Baiyun Group set up a practice base.")).toEqual([
      "practice_base - [Baiyun Group + Lanxi University]",
    ]);
  });

  it("reads a partner the lexicon does not know from its place in the signing: joined to a party, listed after 'with', or after 'between'", () => {
    expect(agreements("Kuantan Bayside Polytechnic (KBP) and Petrolux signed a memorandum of understanding on 3 May 2024 to set up a joint research centre.")).toEqual([
      "joint_lab 2024-05-03 [Kuantan Bayside Polytechnic + Petrolux]",
    ]);
    expect(agreements("Lanxi University signed MoUs with Baiyun Electric, Qinghe Foods and Hanbei Logistics at the Career Fair on 5 June 2024.")).toEqual([
      "other 2024-06-05 [Baiyun Electric + Lanxi University]",
      "other 2024-06-05 [Lanxi University + Qinghe Foods]",
      "other 2024-06-05 [Hanbei Logistics + Lanxi University]",
    ]);
    expect(agreements("The signing ceremony of the school-enterprise cooperation between Lanxi Polytechnic and Baiyun Tech was held on 5 June 2024.")).toEqual([
      "other 2024-06-05 [Baiyun Tech + Lanxi Polytechnic]",
    ]);
    // Not a listing's words, a short form, a day or a description.
    expect(agreements("Lanxi University signed MoUs with Partner Colleges on Monday.")).toEqual([]);
    expect(agreements("Lanxi University signed an agreement with LXEC and Nasdaq-listed Zebrix on Monday.")).toEqual([]);
  });

  it("gives one base per company when one college signs with several", () => {
    const text = "On October 28, Lanxi College signed agreements with Baiyun Apple Co., Ltd. and Qinghe Oil Co., Ltd. to establish off-campus training bases.";
    expect(agreements(text, { publishedOn: "2025-10-30" })).toEqual([
      "practice_base 2025-10-28 [Baiyun Apple Co., Ltd. + Lanxi College]",
      "practice_base 2025-10-28 [Lanxi College + Qinghe Oil Co., Ltd.]",
    ]);
  });

  it("takes the event's date for a later sentence and none after 'Recently'", () => {
    const dated = "On 20 March 2025, Lanxi University and Baiyun Co., Ltd. met.\nAt the same ceremony, Lanxi University and Baiyun Co., Ltd. unveiled a practice base.";
    expect(agreements(dated)).toEqual(["practice_base 2025-03-20 [Baiyun Co., Ltd. + Lanxi University]"]);
    const recent = "time:2025-05-06\nRecently, the unveiling ceremony of the Lanxi University Professor Workstation was held with the People's Government of Qinghe County.";
    expect(agreements(recent)).toEqual(["professor_workstation - [Lanxi University + People's Government of Qinghe County]"]);
  });

  it("lets the article's institution take part when the sentence names none", () => {
    const text = "On November 8, Hebei Lanxi University held a conference.\nAt the conference the university signed joint training agreements with 36 enterprises for its graduate students.\nThe university also launched the \"Hebei Steel Chain Alliance\".";
    const result = extract(text);
    expect(result.agreements.map((a) => `${a.type} ${a.parties.join("+")} ${JSON.stringify(a.figures)}`)).toEqual([
      'talent_training Hebei Lanxi University {"enterprises":36}',
      "alliance Hebei Lanxi University {}",
    ]);
    expect(result.agreements.every((a) => a.date === undefined && a.confidence < 0.9)).toBe(true);
  });

  it("does not take a tally for an agreement", () => {
    expect(agreements("Lanxi College has so far established internship bases with 30 enterprises in the province.")).toEqual([]);
  });

  it("falls back on a unit when its institution is not named", () => {
    const text = "On March 20, 2025, the dean of the School of Mechanical Engineering visited Baiyun Valve Co., Ltd. to hold the signing ceremony for the practical teaching base.";
    expect(names(text).sort()).toEqual(["enterprise: Baiyun Valve Co., Ltd.", "institution: School of Mechanical Engineering"]);
    expect(agreements(text)).toEqual(["practice_base 2025-03-20 [Baiyun Valve Co., Ltd. + School of Mechanical Engineering]"]);
  });

  it("names places and chains", () => {
    const result = extract("Lanxi College in Xi'an, Shaanxi Province serves the smart grid industry chain of Hanzhong City.");
    expect(result.places).toEqual([
      { name: "Xi'an", code: "610100" },
      { name: "Shaanxi Province", code: "610000" },
      { name: "Hanzhong City", code: "610700" },
    ]);
    expect(result.industryChains.map((c) => c.name)).toEqual(["smart grid industry chain"]);
  });

  it("does not crash on messy or foreign text", () => {
    const messy = [
      "",
      "....",
      "(((( Co., Ltd. ))))",
      "我校与某公司签约",
      "TAG:",
      "signed signed agreement base base base.",
      "Off - Campus - - - Base Co.,Ltd. Ltd. Ltd. University of of and",
      "X".repeat(5000),
      "The company and Lanxi Institute of Mining jointly build an internship base for tomorrow's engin",
    ];
    for (const text of messy) expect(() => extract(text)).not.toThrow();
    expect(extract("", { writer: { name: "Lanxi College", role: "institution" }, title: "A title" }).organizations.map((o) => o.name)).toEqual(["Lanxi College"]);
  });
});
