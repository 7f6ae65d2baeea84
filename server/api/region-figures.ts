import { badInput } from "./api-error.ts";
import { read, type ApiContext } from "./api-context.ts";
import type { RegionFigures } from "../../contract/api-types.ts";
import { matrixLevels } from "./coverage-matrix.ts";

export type { RegionFigures } from "../../contract/api-types.ts";

/**
 * The map's figures for every region of a level: organisations recorded there by kind, the
 * partnered ones, and agreements with a party there. Regions contain what lies inside them, as in
 * the coverage matrix, so a prefecture's enterprises here are those coverage counts there (the map
 * once counted only the organisations of the cooperation network, and showed Baoji, where Baoti
 * Group lies without an agreement, with no enterprise). One aggregate read, cached until the graph
 * or the day changes (liveness moves with the day).
 */
export function regionFigures(context: ApiContext, options: { regionLevel: string; withinRegion: string | null }): Promise<RegionFigures[]> {
  if (!(matrixLevels as readonly string[]).includes(options.regionLevel)) {
    throw badInput(`regionLevel must be one of ${matrixLevels.join(", ")}, not "${options.regionLevel}".`);
  }
  const key = `region-figures:${options.regionLevel}:${options.withinRegion ?? ""}:${context.today()}`;
  return context.analytics.get(key, () => read<RegionFigures>(context, "region-figures", { ...options, today: context.today() }));
}
