import type { RequestHandler } from "express";
import { BOUNDARY_LEVELS, boundaryJson, type BoundaryLevel } from "../regions/index.ts";

export interface BoundariesRouteOptions {
  /** The prepared JSON for a level (and province); the cached preparation of boundary-geojson.ts unless a test gives another. */
  readonly boundaries?: (level: BoundaryLevel, within?: string) => string;
}

const isLevel = (value: string): value is BoundaryLevel => (BOUNDARY_LEVELS as readonly string[]).includes(value);

/**
 * GET /api/boundaries/province and /api/boundaries/prefecture?within=510000: region boundaries as
 * GeoJSON, served by the project itself from a registry package (no tiles or shapes from the
 * internet). Each feature has `properties.code` (GB/T 2260), `name` and `nameZh`; the prepared
 * JSON is kept in memory and may be cached by the browser for a day.
 */
export function boundariesRoute(options: BoundariesRouteOptions = {}): RequestHandler {
  const boundaries = options.boundaries ?? boundaryJson;
  return (req, res) => {
    const level = String(req.params["level"] ?? "");
    if (!isLevel(level)) {
      res.status(404).type("text/plain").send(`No boundaries at level "${level}": use ${BOUNDARY_LEVELS.join(" or ")}.\n`);
      return;
    }
    const within = typeof req.query["within"] === "string" ? req.query["within"] : undefined;
    if (within !== undefined && !/^\d{2}0000$/.test(within)) {
      res.status(400).type("text/plain").send("within must be the six-digit code of a province, e.g. 510000.\n");
      return;
    }
    if (level === "province" && within !== undefined) {
      res.status(400).type("text/plain").send("within applies to the prefecture level only.\n");
      return;
    }
    try {
      const body = boundaries(level, within);
      res.status(200).set("Cache-Control", "public, max-age=86400").type("application/geo+json").send(body);
    } catch (error) {
      req.log?.error({ err: error }, "boundaries failed");
      res.status(500).type("text/plain").send("The boundaries could not be prepared; see the server log.\n");
    }
  };
}
