import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { boundaryJson, prepareBoundaries, simplifyRing, type BoundaryCollection } from "../regions/index.ts";
import { boundariesRoute } from "./boundaries-route.ts";

const decimals = (value: number) => (String(value).split(".")[1] ?? "").length;

function everyPosition(collection: BoundaryCollection): [number, number][] {
  return collection.features.flatMap((feature) => feature.geometry.coordinates.flat(2) as unknown as [number, number][]);
}

describe("boundary preparation", () => {
  const provinces = JSON.parse(boundaryJson("province")) as BoundaryCollection;

  it("has one feature for each of the 34 provincial units, with GB/T 2260 codes and both names", () => {
    expect(provinces.features).toHaveLength(34);
    const codes = provinces.features.map((feature) => feature.properties.code);
    expect(new Set(codes).size).toBe(34);
    for (const code of codes) expect(code).toMatch(/^\d{2}0000$/);
    expect(codes).toEqual(expect.arrayContaining(["110000", "510000", "650000", "710000", "810000", "820000"]));
    const sichuan = provinces.features.find((feature) => feature.properties.code === "510000")!;
    expect(sichuan.properties).toMatchObject({ name: "Sichuan", nameZh: "四川", fullNameZh: "四川省", level: "province" });
    for (const feature of provinces.features) expect(feature.geometry.coordinates.length).toBeGreaterThan(0);
  });

  it("rounds coordinates to three decimals, keeps rings closed and stays light", () => {
    const positions = everyPosition(provinces);
    expect(positions.length).toBeGreaterThan(1000);
    // One expectation over all points: tens of thousands of them would make the test slow.
    const badPoints = positions.filter(([lon, lat]) => decimals(lon) > 3 || decimals(lat) > 3 || lon < 70 || lon > 140 || lat < 0 || lat > 60);
    expect(badPoints).toEqual([]);
    const badRings = provinces.features.flatMap((feature) =>
      feature.geometry.coordinates.flatMap((polygon) =>
        polygon.filter((ring) => ring.length < 4 || ring[0]![0] !== ring[ring.length - 1]![0] || ring[0]![1] !== ring[ring.length - 1]![1]).map(() => feature.properties.code),
      ),
    );
    expect(badRings).toEqual([]);
    expect(boundaryJson("province").length).toBeLessThan(800_000);
    // The border lines drawn with a map of China travel alongside.
    expect(provinces.lines.length).toBeGreaterThan(0);
  });

  it("gives the prefectures of one province", () => {
    const sichuan = JSON.parse(boundaryJson("prefecture", "510000")) as BoundaryCollection;
    const codes = sichuan.features.map((feature) => feature.properties.code);
    expect(codes).toContain("510100");
    expect(codes.length).toBe(21);
    for (const code of codes) expect(code.startsWith("51")).toBe(true);
    expect(sichuan.features.find((feature) => feature.properties.code === "510100")?.properties.name).toBe("Chengdu");
    // A municipality is one unit at this level.
    expect((JSON.parse(boundaryJson("prefecture", "110000")) as BoundaryCollection).features.map((f) => f.properties.code)).toEqual(["110000"]);
  });

  it("thins a ring, drops specks and skips features without a code", () => {
    const ring: [number, number][] = [
      [100, 30],
      [100.00001, 30.00001],
      [101.1234567, 30],
      [101, 31],
      [100, 30],
    ];
    expect(simplifyRing(ring, { digits: 3, tolerance: 0.001, minArea: 0 })).toEqual([
      [100, 30],
      [101.123, 30],
      [101, 31],
      [100, 30],
    ]);
    const speck = [
      [
        [120, 20],
        [120.001, 20],
        [120.001, 20.001],
        [120, 20],
      ],
    ] as [number, number][][];
    const big = [
      [
        [100, 30],
        [102, 30],
        [102, 32],
        [100, 30],
      ],
    ] as [number, number][][];
    const prepared = prepareBoundaries(
      {
        features: [
          { properties: { gb: "156510000", name: "四川", full_name: "四川省" }, geometry: { type: "MultiPolygon", coordinates: [big, speck] } },
          { properties: { gb: "", name: "境界线" }, geometry: { type: "MultiLineString", coordinates: [[[110, 10], [111, 11]]] } },
        ],
      },
      "province",
      { digits: 3, tolerance: 0, minArea: 0.01 },
    );
    expect(prepared.features).toHaveLength(1);
    expect(prepared.features[0]!.geometry.coordinates).toEqual([big]);
    expect(prepared.lines).toHaveLength(1);
  });
});

describe("GET /api/boundaries/:level", () => {
  let url = "";
  let server: ReturnType<express.Express["listen"]>;

  beforeAll(async () => {
    const app = express();
    app.get("/api/boundaries/:level", boundariesRoute());
    await new Promise<void>((resolve) => {
      server = app.listen(0, "127.0.0.1", () => resolve());
    });
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it("serves the provinces as GeoJSON, cacheable for a day", async () => {
    const response = await fetch(`${url}/api/boundaries/province`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/geo\+json/);
    expect(response.headers.get("cache-control")).toBe("public, max-age=86400");
    const body = (await response.json()) as BoundaryCollection;
    expect(body.type).toBe("FeatureCollection");
    expect(body.features).toHaveLength(34);
  });

  it("serves the prefectures of a province", async () => {
    const response = await fetch(`${url}/api/boundaries/prefecture?within=510000`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as BoundaryCollection;
    expect(body.features.every((feature) => feature.properties.code.startsWith("51"))).toBe(true);
    expect(body.features.length).toBe(21);
  });

  it("refuses an unknown level with a JSON message", async () => {
    const response = await fetch(`${url}/api/boundaries/county`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ errors: [{ message: 'No boundaries at level "county": use province or prefecture.', extensions: { code: "NOT_FOUND" } }] });
  });

  const prefectureUsage = "/api/boundaries/prefecture takes one parameter, within, a province's six-digit code (within=510000)";
  it.each([
    ["within[]=510000", "within[]", `Unknown parameter "within[]": ${prefectureUsage}.`],
    ["within[0]=510000", "within[0]", `Unknown parameter "within[0]": ${prefectureUsage}.`],
    ["within=510000&within=520000", "within", `within is given 2 times: ${prefectureUsage}.`],
    ["within=510000&limit=5", "limit", `Unknown parameter "limit": ${prefectureUsage}.`],
    ["Within=510000", "Within", `Unknown parameter "Within": ${prefectureUsage}.`],
    ["within=51", "within", 'within must be the six-digit code of a province, such as 510000; "51" is not one.'],
    ["within=", "within", 'within must be the six-digit code of a province, such as 510000; "" is not one.'],
    ["within=510100", "within", 'within must be the six-digit code of a province, such as 510000; "510100" is not one.'],
    ["within=990000", "within", "within names no province: 990000 is not the code of one of the 34 provincial units."],
  ])("refuses /api/boundaries/prefecture?%s with 400 and a JSON message naming the parameter, instead of every prefecture", async (query, parameter, message) => {
    const response = await fetch(`${url}/api/boundaries/prefecture?${query}`);
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ errors: [{ message, extensions: { code: "BAD_REQUEST", parameter } }] });
  });

  it.each([
    ["within=510000", "within", "within applies to the prefecture level only: /api/boundaries/prefecture?within=510000."],
    ["level=1", "level", 'Unknown parameter "level": /api/boundaries/province takes no parameters.'],
  ])("refuses /api/boundaries/province?%s with 400 naming the parameter", async (query, parameter, message) => {
    const response = await fetch(`${url}/api/boundaries/province?${query}`);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ errors: [{ message, extensions: { code: "BAD_REQUEST", parameter } }] });
  });
});
