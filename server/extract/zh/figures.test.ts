import { describe, expect, it } from "vitest";
import { findFigures } from "./figures.ts";

describe("figures", () => {
  it("reads students, positions and enterprises", () => {
    expect(findFigures("70余名学生参加招聘，提供岗位200余个，36家企业参会")).toEqual({ students: 70, positions: 200, enterprises: 36 });
    expect(findFigures("首批招收学生50人，并提供不少于20个就业岗位")).toEqual({ students: 50, positions: 20 });
    expect(findFigures("每年联合培养硕士研究生20名，成员单位58家")).toEqual({ students: 20, enterprises: 58 });
    expect(findFigures("三十余名学生")).toEqual({ students: 30 });
  });

  it("does not count a cohort year", () => {
    expect(findFigures("从2024级学生中选拔40名学生")).toEqual({ students: 40 });
  });
});
