import type { RequestHandler } from "express";
import { BOUNDARY_LEVELS, boundaryJson, boundaryProvinceCodes, type BoundaryLevel } from "../regions/index.ts";
import { sendJsonError } from "./json-errors.ts";

export interface BoundariesRouteOptions {
  /** The prepared JSON for a level (and province); the cached preparation of boundary-geojson.ts unless a test gives another. */
  readonly boundaries?: (level: BoundaryLevel, within?: string) => string;
  /** The province codes `within` may name; the provinces of boundary-geojson.ts unless a test gives others. */
  readonly provinces?: () => ReadonlySet<string>;
}

const isLevel = (value: string): value is BoundaryLevel => (BOUNDARY_LEVELS as readonly string[]).includes(value);

/** The query string as given, read by the URL standard (no `within[]` arrays or nested objects), or the one parameter wrong with it. */
function readWithin(url: string, level: BoundaryLevel, provinces: ReadonlySet<string>): { within?: string } | { parameter: string; problem: string } {
  const usage = level === "province" ? "/api/boundaries/province takes no parameters" : "/api/boundaries/prefecture takes one parameter, within, a province's six-digit code (within=510000)";
  const params = new URL(url, "http://atlas.invalid").searchParams;
  for (const name of new Set(params.keys())) {
    if (name !== "within") return { parameter: name.slice(0, 40), problem: `Unknown parameter "${name.slice(0, 40)}": ${usage}.` };
  }
  const values = params.getAll("within");
  if (values.length === 0) return {};
  if (level === "province") return { parameter: "within", problem: "within applies to the prefecture level only: /api/boundaries/prefecture?within=510000." };
  if (values.length > 1) return { parameter: "within", problem: `within is given ${values.length} times: ${usage}.` };
  const within = values[0]!;
  if (!/^\d{2}0000$/.test(within)) return { parameter: "within", problem: `within must be the six-digit code of a province, such as 510000; "${within.slice(0, 40)}" is not one.` };
  if (!provinces.has(within)) return { parameter: "within", problem: `within names no province: ${within} is not the code of one of the ${provinces.size} provincial units.` };
  return { within };
}

/**
 * GET /api/boundaries/province and /api/boundaries/prefecture?within=510000: region boundaries as
 * GeoJSON, served by the project itself from a registry package (no tiles or shapes from the
 * internet). Each feature has `properties.code` (GB/T 2260), `name` and `nameZh`; the prepared
 * JSON is kept in memory and may be cached by the browser for a day. A query string it cannot
 * follow (an unknown parameter, `within[]`, `within` twice, a code that is no province) is refused
 * with 400 and a JSON message naming the parameter, rather than ignored: ignoring it would answer
 * every prefecture of the country (2.9 MB) to a request that asked for one province.
 */
export function boundariesRoute(options: BoundariesRouteOptions = {}): RequestHandler {
  const boundaries = options.boundaries ?? boundaryJson;
  const provinces = options.provinces ?? boundaryProvinceCodes;
  return (req, res) => {
    const level = String(req.params["level"] ?? "");
    if (!isLevel(level)) {
      sendJsonError(res, 404, "NOT_FOUND", `No boundaries at level "${level.slice(0, 40)}": use ${BOUNDARY_LEVELS.join(" or ")}.`);
      return;
    }
    try {
      const read = readWithin(req.originalUrl, level, provinces());
      if ("problem" in read) {
        sendJsonError(res, 400, "BAD_REQUEST", read.problem, { parameter: read.parameter });
        return;
      }
      const body = boundaries(level, read.within);
      res.status(200).set("Cache-Control", "public, max-age=86400").type("application/geo+json").send(body);
    } catch (error) {
      req.log?.error({ err: error }, "boundaries failed");
      sendJsonError(res, 500, "INTERNAL_SERVER_ERROR", "The boundaries could not be prepared; see the server log.");
    }
  };
}
