import { describe, expect, it } from "vitest";
import { centreOf, insidePolygon, type Polygon } from "./polygon-centre.ts";

const square = (x: number, y: number, size: number): Polygon => [
  [[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]],
];

describe("centreOf", () => {
  it("is the centroid of a convex shape", () => {
    expect(centreOf([square(100, 30, 2)])).toEqual([101, 31]);
  });

  it("takes the largest part of a multi-part region", () => {
    expect(centreOf([square(0, 0, 1), square(10, 10, 4)])).toEqual([12, 12]);
  });

  it("stays inside a shape whose centroid is outside it", () => {
    // A U: two arms joined at the bottom; the centroid falls in the gap between the arms.
    const u: Polygon = [[[0, 0], [10, 0], [10, 10], [8, 10], [8, 2], [2, 2], [2, 10], [0, 10], [0, 0]]];
    const centre = centreOf([u])!;
    expect(insidePolygon(centre, u)).toBe(true);
  });

  it("leaves out a hole", () => {
    const withHole: Polygon = [...square(0, 0, 10), [[4, 4], [6, 4], [6, 6], [4, 6], [4, 4]]];
    const centre = centreOf([withHole])!;
    expect(insidePolygon(centre, withHole)).toBe(true);
  });

  it("has nothing to say about an empty geometry", () => {
    expect(centreOf([])).toBeUndefined();
  });
});
