/**
 * How big a synthetic dataset is and how it is spread. `national` is the whole country at about
 * the size of the real data; `province` is one province (and the outside partners its
 * organisations work with) at about a thirtieth of that; `tiny` is a national dataset in
 * miniature for tests. A custom scale is any of these numbers over `tiny`.
 */
export interface Scale {
  name: string;
  /** `national`: all provinces; `province`: one home province and a few partners from elsewhere. */
  spread: "national" | "province";
  institutions: number;
  enterprises: number;
  governments: number;
  chains: number;
  /** Segments per chain, smallest and largest. */
  segmentsPerChain: [number, number];
  agreements: number;
  alliances: number;
}

export const scales = {
  national: {
    name: "national",
    spread: "national",
    institutions: 3_000,
    enterprises: 100_000,
    governments: 600,
    chains: 40,
    segmentsPerChain: [6, 10],
    agreements: 1_000_000,
    alliances: 300,
  },
  province: {
    name: "province",
    spread: "province",
    institutions: 120,
    enterprises: 4_000,
    governments: 40,
    chains: 12,
    segmentsPerChain: [6, 10],
    agreements: 30_000,
    alliances: 12,
  },
  tiny: {
    name: "tiny",
    spread: "national",
    institutions: 60,
    enterprises: 600,
    governments: 24,
    chains: 6,
    segmentsPerChain: [6, 8],
    agreements: 4_000,
    alliances: 5,
  },
} as const satisfies Record<string, Scale>;

export type ScaleName = keyof typeof scales;

export const scaleNames = Object.keys(scales) as ScaleName[];

/** The knobs below the sizes: shares and ranges that make the data look like the real thing. */
export const tuning = {
  /** Dates: agreements signed from this year on, and the day the dataset describes ("today"). */
  firstYear: 2015,
  asOf: "2025-10-31",
  /** Yearly growth of new agreements, and 2020's dip. */
  yearlyGrowth: 1.2,
  dip2020: 0.8,
  /** Share of an institution's enterprise partners drawn from its own province. */
  localShare: 0.75,
  /** Of the partners from elsewhere, the share drawn from the national leaders regardless of distance. */
  hubShare: 0.35,
  /** Distance (km) over which a cross-province partner becomes e^-1 as likely. */
  distanceScaleKm: 700,
  /** Share of enterprises never drawn as a partner. With the spread below, about a third end up with no agreement. */
  inactiveEnterpriseShare: 0.15,
  /** Log-normal spread of institution activity (agreements per institution). */
  institutionSigma: 1.1,
  /** Log-normal spread of enterprise activity: a few enterprises partner with hundreds of schools. */
  enterpriseSigma: 1.6,
  /** Share of enterprises with chain segments, and of those with two. */
  enterpriseInChainShare: 0.75,
  secondSegmentShare: 0.3,
  /** Province spread: the share of institutions and enterprises from outside the home province. */
  outsideInstitutionShare: 0.05,
  outsideEnterpriseShare: 0.15,
  /** A national dataset smaller than this many institutions per province keeps to the largest provinces. */
  minInstitutionsPerProvince: 4,
} as const;

/** A preset by name, or a partial scale over `tiny`. */
export function resolveScale(scale: ScaleName | Partial<Scale>): Scale {
  if (typeof scale === "string") {
    const preset = scales[scale];
    if (!preset) throw new Error(`unknown scale "${scale}" (known: ${scaleNames.join(", ")})`);
    return { ...preset, segmentsPerChain: [...preset.segmentsPerChain] };
  }
  const resolved: Scale = { ...scales.tiny, segmentsPerChain: [...scales.tiny.segmentsPerChain], name: "custom", ...scale };
  for (const key of ["institutions", "enterprises", "governments", "chains", "agreements", "alliances"] as const) {
    const value = resolved[key];
    if (!Number.isInteger(value) || value < 0) throw new Error(`scale.${key} must be a whole number ≥ 0, not ${value}`);
  }
  if (resolved.institutions < 1) throw new Error("scale.institutions must be at least 1");
  const [low, high] = resolved.segmentsPerChain;
  if (!Number.isInteger(low) || !Number.isInteger(high) || low < 3 || high < low) throw new Error("scale.segmentsPerChain must be [low, high] with 3 ≤ low ≤ high");
  return resolved;
}
