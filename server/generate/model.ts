import type { ChainTemplate } from "./chain-catalogue.ts";
import type { EnterpriseKind, InstitutionKind } from "./names.ts";
import type { Prefecture, Province } from "./regions.ts";

/** The synthetic organisations and chains as the generator holds them before writing. */

export interface Located {
  /** Six-digit GB/T 2260 code: a county, a prefecture, or a municipality. */
  regionCode: string;
  province: Province;
  prefecture: Prefecture;
}

export interface Institution extends Located {
  index: number;
  id: string;
  name: string;
  nameZh: string;
  kind: InstitutionKind;
  aliases: string[];
  /** How active it is: agreements come to it in proportion. */
  weight: number;
}

export interface Enterprise extends Located {
  index: number;
  id: string;
  name: string;
  nameZh: string;
  kind: EnterpriseKind;
  aliases: string[];
  segments: Segment[];
  /** How often it is drawn as a partner; 0 for the enterprises that never are. */
  weight: number;
}

export type GovernmentKind =
  | "provincial_department"
  | "provincial_government"
  | "prefecture_government"
  | "county_government"
  | "prefecture_bureau"
  | "county_bureau";

export interface Government extends Located {
  index: number;
  id: string;
  name: string;
  nameZh: string;
  kind: GovernmentKind;
}

export interface Chain {
  id: string;
  name: string;
  nameZh: string;
  scope: "national" | "provincial";
  /** A provincial chain's province. */
  province?: Province;
  template: ChainTemplate;
  segments: Segment[];
}

export interface Segment {
  id: string;
  chain: Chain;
  name: string;
  nameZh: string;
  stage: "upstream" | "midstream" | "downstream";
  order: number;
}

/** Ids of one dataset: `syn-<tag>-…`, the tag naming scale and seed so two datasets never share an id. */
export interface Ids {
  tag: string;
  source: string;
  institution(i: number): string;
  enterprise(i: number): string;
  government(i: number): string;
  chain(i: number): string;
  segment(chainId: string, order: number): string;
  agreement(i: number): string;
  alliance(i: number): string;
}

export function makeIds(tag: string, counts: { institutions: number; enterprises: number; governments: number; agreements: number; alliances: number; chains: number }): Ids {
  const pad = (n: number, total: number) => String(n + 1).padStart(String(Math.max(total, 1)).length, "0");
  const prefix = `syn-${tag}`;
  return {
    tag,
    source: `${prefix}-dataset`,
    institution: (i) => `${prefix}-i${pad(i, counts.institutions)}`,
    enterprise: (i) => `${prefix}-e${pad(i, counts.enterprises)}`,
    government: (i) => `${prefix}-g${pad(i, counts.governments)}`,
    chain: (i) => `${prefix}-c${pad(i, counts.chains)}`,
    segment: (chainId, order) => `${chainId}s${String(order).padStart(2, "0")}`,
    agreement: (i) => `${prefix}-a${pad(i, counts.agreements)}`,
    alliance: (i) => `${prefix}-l${pad(i, counts.alliances)}`,
  };
}
