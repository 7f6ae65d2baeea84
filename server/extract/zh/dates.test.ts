import { describe, expect, it } from "vitest";
import { findDates } from "./dates.ts";
import { eventDates } from "./event-dates.ts";
import { splitSentences } from "./sentences.ts";
import { textLines } from "./text-lines.ts";

const dates = (text: string, dateline?: string) => findDates(text, dateline).map((d) => d.date);

describe("dates", () => {
  it("reads full dates in their usual forms", () => {
    expect(dates("2025年3月20日，")).toEqual(["2025-03-20"]);
    expect(dates("发布时间：2025-05-06 来源")).toEqual(["2025-05-06"]);
    expect(dates("2025/09/15 与 2025.6.8")).toEqual(["2025-09-15", "2025-06-08"]);
    expect(dates("二〇二五年三月二十日")).toEqual(["2025-03-20"]);
    expect(dates("２０２５年３月２０日")).toEqual(["2025-03-20"]);
  });

  it("gives a month-day date the dateline's year, or the year before when it would be later", () => {
    expect(dates("3月20日上午", "2025-03-22")).toEqual(["2025-03-20"]);
    expect(dates("12月26日上午", "2025-01-09")).toEqual(["2024-12-26"]);
    expect(dates("3月20日上午")).toEqual([]);
  });

  it("reads eight digits run together before 日, and no other run of digits", () => {
    expect(dates("于20131127日上午举行")).toEqual(["2013-11-27"]);
    expect(dates("编号20131127，电话13912345678")).toEqual([]);
  });

  it("does not read ranges or cohorts as dates", () => {
    expect(dates("（2024-2035年）纲要，2024级学生", "2025-01-01")).toEqual([]);
  });

  it("carries the event date to later sentences and forgets it at 近日", () => {
    const text = "标题\n3月20日，双方签约。随后，双方揭牌。\n近日，学校又与某公司签约。会上还签订了协议。";
    const sentences = splitSentences(text, textLines(text));
    // The title above takes the body's first day.
    expect(eventDates(sentences, "2025-03-22")).toEqual(["2025-03-20", "2025-03-20", "2025-03-20", undefined, undefined]);
  });

  it("takes a sentence's own date over a news dateline (日讯, 日电) before it", () => {
    const text = "标题\n7月11日讯 7月9日下午，双方签订合作协议。\n新华社7月12日电 学校与企业签约。";
    expect(eventDates(splitSentences(text, textLines(text)), "2025-07-12")).toEqual(["2025-07-09", "2025-07-09", "2025-07-12"]);
  });

  it("reads a date with its clock time (2020-07-17 08:26) as the page's stamp, so a title takes the event's day after it", () => {
    const text = "东昌府区与学校举行签约仪式\n东昌时讯 2025-07-17 08:26\n7月16日，双方签订合作协议。";
    const [title, , body] = eventDates(splitSentences(text, textLines(text)), "2025-07-17");
    expect([title, body]).toEqual(["2025-07-16", "2025-07-16"]);
  });

  it("gives a title the body's first day, unless the body says 近日 first or the line reads as a sentence", () => {
    const dated = (text: string) => eventDates(splitSentences(text, textLines(text)), "2025-03-22");
    expect(dated("学校与某公司签约\n近日，双方座谈。3月20日，双方揭牌。")).toEqual([undefined, undefined, "2025-03-20"]);
    expect(dated("学校与某公司签约。\n3月20日，双方揭牌。")).toEqual([undefined, "2025-03-20"]);
  });

  it("takes the year of a month-day date from a full date in the text when there is no dateline", () => {
    const text = "2025年1月5日，学校召开会议。3月20日，双方签约。";
    expect(eventDates(splitSentences(text, textLines(text)), undefined)).toEqual(["2025-01-05", "2025-03-20"]);
  });
});
