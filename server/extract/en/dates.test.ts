import { describe, expect, it } from "vitest";
import { anyFullYear, datelineDate, findDates } from "./dates.ts";

const dates = (text: string, publishedOn?: string) => findDates(text, publishedOn ? { publishedOn } : {}).map((d) => d.date ?? `?-${d.month}-${d.day}`);

describe("findDates", () => {
  it("reads full dates in the usual forms", () => {
    expect(dates("On April 9, 2025 and 9 April 2025 and 2025-04-09 and Apr. 9th, 2025")).toEqual(["2025-04-09", "2025-04-09", "2025-04-09", "2025-04-09"]);
  });
  it("gives a month and day the year of the publication date", () => {
    expect(dates("on the afternoon of March 19 the talks began", "2025-03-21")).toEqual(["2025-03-19"]);
    expect(dates("on November 8", "2024-11-10")).toEqual(["2024-11-08"]);
  });
  it("counts yesterday and today from the publication day, and nothing without one", () => {
    expect(dates("The university yesterday signed an MoU; the company said today it would follow.", "2025-03-01")).toEqual(["2025-02-28", "2025-03-01"]);
    expect(dates("The university yesterday signed an MoU.")).toEqual([]);
    expect(dates("Today, the Westbridge Today paper reported it.", "2025-03-01")).toEqual([]);
  });
  it("puts a month and day after the publication date in the year before", () => {
    expect(dates("held on 28 December", "2025-01-03")).toEqual(["2024-12-28"]);
  });
  it("gives a month and day the year the sentence names when no publication date is known", () => {
    expect(dates("On March 25, the company came to attend the opening ceremony in 2021.")).toEqual(["2021-03-25"]);
    // The publication date comes first.
    expect(dates("On March 25, the ceremony of the class started in 2021.", "2024-04-01")).toEqual(["2024-03-25"]);
  });
  it("leaves the year open without a publication date", () => {
    expect(dates("On November 8, the college met")).toEqual(["?-11-8"]);
    expect(findDates("On November 8", { fallbackYear: 2023 })[0]!.date).toBe("2023-11-08");
  });
  it("reads a weekday against the publication date", () => {
    expect(dates("was founded in Guiyang on Monday", "2025-03-18")).toEqual(["2025-03-17"]);
  });
  it("does not take the verb may or impossible dates", () => {
    expect(dates("the two sides may 5 times meet; on February 30")).toEqual([]);
  });
});

describe("datelineDate", () => {
  it("reads a day/month/year line when the day or the month is over 12, and no other", () => {
    expect(datelineDate("REGION - SABAH\nHeadline\n23/09/2022 05:53 PM\nKOTA KINABALU, Sept 23 -- Body.")).toBe("2022-09-23");
    expect(datelineDate("Headline\n09/23/2022\nBody.")).toBe("2022-09-23");
    expect(datelineDate("Headline\n05/09/2022 10:00\nBody.")).toBeUndefined();
  });

  it("reads header lines", () => {
    expect(datelineDate("Location: HOME\nHeadline\n time:2025-05-06 View:1698\nBody.")).toBe("2025-05-06");
    expect(datelineDate("Headline\nUpdated: 2024-11-10\nBody.")).toBe("2024-11-10");
  });
  it("reads the stacked day / year / month form", () => {
    expect(datelineDate("21\n2025\n-\n03\nHeadline\nBody.")).toBe("2025-03-21");
  });
  it("gives nothing when the header has no date", () => {
    expect(datelineDate("Headline\nOn November 8, the university met.")).toBeUndefined();
    expect(anyFullYear("It was signed on 3 May 2023.")).toBe(2023);
  });
});
