import type { EnterpriseKind, InstitutionKind } from "./names.ts";
import type { Random } from "../random.ts";
import { tuning } from "./scales.ts";

/**
 * How active each organisation is. Agreements are drawn in proportion to these weights, so their
 * spread is the spread of the degrees: log-normal for institutions (a few hubs hold many times
 * the median), zero-inflated and much wider for enterprises (many have none, most a few, a
 * handful of national champions hundreds).
 */

const institutionKindFactor: Record<InstitutionKind, number> = { vocational_college: 1.2, university: 1, research_institute: 0.4 };

export function institutionActivity(random: Random, kind: InstitutionKind, inCapital: boolean): number {
  // Capped at 20 times the median, so that the busiest hub holds thousands of a million, not tens of thousands.
  return Math.min(random.logNormal(0, tuning.institutionSigma), 20) * institutionKindFactor[kind] * (inCapital ? 1.3 : 1);
}

/** 0 for an enterprise that never partners with a school. */
export function enterpriseActivity(random: Random): number {
  if (random.chance(tuning.inactiveEnterpriseShare)) return 0;
  // Capped at 600 times the median: a national champion partners with a couple of thousand schools at most.
  return Math.min(random.logNormal(0, tuning.enterpriseSigma), 600);
}

/** Weight above which an enterprise counts as large (about the top 5% of active ones). */
export const largeEnterpriseWeight = Math.exp(1.65 * tuning.enterpriseSigma);

export function enterpriseKind(random: Random, weight: number): EnterpriseKind {
  const large = weight >= largeEnterpriseWeight;
  const r = random.next();
  if (large) return r < 0.4 ? "soe" : r < 0.55 ? "foreign" : "private";
  return r < 0.1 ? "soe" : r < 0.16 ? "foreign" : "private";
}

export interface DegreeSummary {
  count: number;
  max: number;
  median: number;
  /** The degree 90% of organisations stay at or under. */
  p90: number;
  mean: number;
  /** Share of organisations with no agreement. */
  zeroShare: number;
  /** Share of all their agreement ends held by the top 1% (at least one organisation). */
  top1PercentShare: number;
}

export function summarizeDegrees(degrees: ArrayLike<number>): DegreeSummary {
  const sorted = Array.from(degrees).sort((a, b) => b - a);
  const count = sorted.length;
  if (count === 0) return { count: 0, max: 0, median: 0, p90: 0, mean: 0, zeroShare: 0, top1PercentShare: 0 };
  const total = sorted.reduce((sum, d) => sum + d, 0);
  const top = Math.max(1, Math.round(count / 100));
  const topTotal = sorted.slice(0, top).reduce((sum, d) => sum + d, 0);
  const mid = Math.floor(count / 2);
  const median = count % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return {
    count,
    max: sorted[0] as number,
    median,
    p90: sorted[Math.floor(count / 10)] as number,
    mean: total / count,
    zeroShare: sorted.filter((d) => d === 0).length / count,
    top1PercentShare: total > 0 ? topTotal / total : 0,
  };
}
