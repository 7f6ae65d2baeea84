import { organizationLabelValues as organizationLabels, type NetworkFilter as NetworkFilterInput } from "../../contract/api-types.ts";
import { networkNodeLimit } from "../../contract/network-filter-params.ts";
import { badInput, overLimit } from "./api-error.ts";
import type { OrganizationLabel } from "../model/index.ts";

/** The network query's filter as the API takes it: GraphQL's NetworkFilter (an export's parameters are read into it by contract/network-filter-params.ts). */
export type { NetworkFilterInput };

/** A filter in one canonical form: lists sorted and de-duplicated or null, the node limit resolved. */
export interface NetworkFilter {
  regionCodes: string[] | null;
  /** With regions: links with both ends inside (the regions' own network) or one (and the partners they reach). Always both_ends without regions. */
  linkRule: "ONE_END" | "BOTH_ENDS";
  labels: OrganizationLabel[] | null;
  agreementTypes: string[] | null;
  chainIds: string[] | null;
  from: string | null;
  to: string | null;
  liveOnly: boolean;
  limit: number;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function list(values: string[] | null | undefined): string[] | null {
  if (!values) return null;
  const unique = [...new Set(values.map((v) => v.trim()).filter((v) => v !== ""))].sort();
  return unique.length === 0 ? null : unique;
}

function date(value: string | null | undefined, name: string): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (!isoDate.test(value)) throw badInput(`${name} must be a date written YYYY-MM-DD, not "${value}".`);
  return value;
}

export function normaliseNetworkFilter(input: NetworkFilterInput | null | undefined): NetworkFilter {
  const labels = list(input?.labels);
  const unknown = labels?.filter((label) => !(organizationLabels as readonly string[]).includes(label)) ?? [];
  if (unknown.length > 0) throw badInput(`Unknown organisation label ${unknown.join(", ")}: use ${organizationLabels.join(", ")}.`);
  const limit = input?.limit ?? networkNodeLimit.default;
  if (!Number.isInteger(limit) || limit < 1) throw badInput(`The network's node limit must be a whole number of at least 1, not ${limit}.`);
  if (limit > networkNodeLimit.max) {
    throw overLimit(`The network's node limit of ${limit} is over the maximum of ${networkNodeLimit.max} nodes; filter by region, type or chain instead.`, "networkNodeLimit");
  }
  const from = date(input?.from, "from");
  const to = date(input?.to, "to");
  if (from && to && from > to) throw badInput(`The date range is empty: from ${from} is after to ${to}.`);
  const regionCodes = list(input?.regionCodes);
  const linkRule = input?.linkRule ?? "BOTH_ENDS";
  if (linkRule !== "ONE_END" && linkRule !== "BOTH_ENDS") throw badInput(`linkRule must be ONE_END or BOTH_ENDS, not ${String(linkRule)}.`);
  return {
    regionCodes,
    // Without regions there is nothing for the rule to choose: one canonical form (and cache key).
    linkRule: regionCodes === null ? "BOTH_ENDS" : linkRule,
    labels: labels as OrganizationLabel[] | null,
    agreementTypes: list(input?.agreementTypes),
    chainIds: list(input?.chainIds),
    from,
    to,
    liveOnly: input?.liveOnly === true,
    limit,
  };
}

/** True when the regions keep the links with one end inside, and the partners outside they reach. */
export function oneEnd(filter: NetworkFilter): boolean {
  return filter.regionCodes !== null && filter.linkRule === "ONE_END";
}

/**
 * The filter whose network a one-end network takes its metrics from: the same without the
 * regions, so an organisation's figures do not depend on which regions are looked at.
 */
export function withoutRegions(filter: NetworkFilter): NetworkFilter {
  return { ...filter, regionCodes: null, linkRule: "BOTH_ENDS" };
}

/** True when the filter needs the agreements themselves, not only the COLLABORATES_WITH projection. */
export function needsAgreements(filter: NetworkFilter): boolean {
  return filter.agreementTypes !== null || filter.chainIds !== null || filter.from !== null || filter.to !== null || filter.liveOnly;
}

/** The cache key of the whole filtered network: everything but the node limit, which only cuts it. */
export function networkKey(filter: NetworkFilter): string {
  const { limit: _limit, ...rest } = filter;
  return `network:${JSON.stringify(rest)}`;
}
