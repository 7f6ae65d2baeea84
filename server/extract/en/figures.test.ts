import { describe, expect, it } from "vitest";
import { findFigures } from "./figures.ts";

describe("findFigures", () => {
  it("counts students, positions and enterprises", () => {
    expect(findFigures("more than 80 students joined, 25 enterprises signed and 12 internship positions opened")).toEqual({ students: 80, enterprises: 25, positions: 12 });
  });
  it("reads describing words, words for numbers and thousands", () => {
    expect(findFigures("40 second-year students from three enterprises, 1,300 positions")).toEqual({ students: 40, enterprises: 3, positions: 1300 });
  });
  it("ignores other counts", () => {
    expect(findFigures("over 280 practical resources, 5 million yuan, 9 joint platforms, 3 years of study")).toEqual({});
  });
});
