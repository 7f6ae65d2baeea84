import { organizationLabelValues, type NetworkFilter, type NetworkLinkRule, type OrganizationLabel } from "./api-types.ts";

// The network filter as people write it: in the explorer's URL, in an export link
// (/api/export?format=graphml&regions=…) and on the export command's line (--regions …). One
// module reads and writes that form, with the README's names, and turns it into the GraphQL
// NetworkFilter input, whose names (regionCodes, agreementTypes, chainIds, liveOnly) are the API's.

/** The parameters, in the order they are written: `regions=510000,610000&ends=one&labels=Institution&types=joint_lab&chains=…&from=2020-01-01&to=…&live=1&limit=500`. */
export const networkFilterParamNames = ["regions", "ends", "labels", "types", "chains", "from", "to", "live", "limit"] as const;
export type NetworkFilterParamName = (typeof networkFilterParamNames)[number];

/** The nodes the API returns by default, and at most (beyond that the client must filter). */
export const networkNodeLimit = { default: 500, max: 5_000 } as const;

export interface NetworkFilterParams {
  /** Region codes (GB/T 2260); a province includes its prefectures and counties. */
  readonly regions: readonly string[];
  /**
   * Which links the regions keep: `one` (at least one end inside) or `both` (both ends inside);
   * null for the default of whoever asks (the API's and an export's: both; the explorer's: one).
   */
  readonly ends: NetworkLinkRule | null;
  readonly labels: readonly OrganizationLabel[];
  /** Agreement types. */
  readonly types: readonly string[];
  /** Industry chain ids. */
  readonly chains: readonly string[];
  readonly from: string | null;
  readonly to: string | null;
  /** Only live agreements. */
  readonly live: boolean;
  /** Most nodes; null for the default of whoever asks. */
  readonly limit: number | null;
}

/** No filter at all. */
export const noNetworkFilter: NetworkFilterParams = { regions: [], ends: null, labels: [], types: [], chains: [], from: null, to: null, live: false, limit: null };

/** One parameter's text and its value: `read` never throws; junk gives the default and says why. */
export interface ParamCodec<T> {
  /** `raw` is null or undefined when the parameter is absent. `name` is the parameter as the reader wrote it (`limit`, `--limit`). */
  read(raw: string | null | undefined, name: string): { value: T; problem?: string };
  /** null leaves the parameter out (its default needs no space). */
  write(value: T): string | null;
}

/** A comma-separated list, trimmed and without repeats; absent and empty are the same. */
const list: ParamCodec<readonly string[]> = {
  read: (raw) => ({ value: [...new Set((raw ?? "").split(",").map((v) => v.trim()).filter((v) => v !== ""))] }),
  write: (values) => (values.length === 0 ? null : values.join(",")),
};

const labels: ParamCodec<readonly OrganizationLabel[]> = {
  read: (raw, name) => {
    const values = list.read(raw, name).value;
    const known = values.filter((v): v is OrganizationLabel => (organizationLabelValues as readonly string[]).includes(v));
    const unknown = values.filter((v) => !known.includes(v as OrganizationLabel));
    if (unknown.length === 0) return { value: known };
    return { value: known, problem: `Unknown organisation label ${unknown.join(", ")}: use ${organizationLabelValues.join(", ")}.` };
  },
  write: list.write,
};

const date: ParamCodec<string | null> = {
  read: (raw, name) => {
    if (raw === null || raw === undefined || raw === "") return { value: null };
    if (/^\d{4}-\d{2}-\d{2}$/.test(raw)) return { value: raw };
    return { value: null, problem: `${name} must be a date written YYYY-MM-DD, not "${raw}".` };
  },
  write: (value) => value,
};

/** The link rule as written: `one` or `both`. */
const ends: ParamCodec<NetworkLinkRule | null> = {
  read: (raw, name) => {
    if (raw === null || raw === undefined || raw === "") return { value: null };
    if (raw === "one") return { value: "ONE_END" };
    if (raw === "both") return { value: "BOTH_ENDS" };
    return { value: null, problem: `${name} takes one (links with at least one end in the regions) or both (both ends in them), not "${raw}".` };
  },
  write: (value) => (value === null ? null : value === "ONE_END" ? "one" : "both"),
};

/** A switch: `1` (or `true`) when on, left out when off. */
const flag: ParamCodec<boolean> = {
  read: (raw) => ({ value: raw === "1" || raw === "true" }),
  write: (value) => (value ? "1" : null),
};

const limit: ParamCodec<number | null> = {
  read: (raw, name) => {
    if (raw === null || raw === undefined) return { value: null };
    if (!/^\d+$/.test(raw)) return { value: null, problem: `${name} takes a whole number, not "${raw}".` };
    const value = Number(raw);
    if (value < 1) return { value: null, problem: `The network's node limit must be a whole number of at least 1, not ${value}.` };
    if (value > networkNodeLimit.max) {
      return { value: null, problem: `The network's node limit of ${value} is over the maximum of ${networkNodeLimit.max} nodes; filter by region, type or chain instead.` };
    }
    return { value };
  },
  write: (value) => (value === null ? null : String(value)),
};

/** How each parameter is read and written. */
export const networkFilterCodecs: { readonly [K in NetworkFilterParamName]: ParamCodec<NetworkFilterParams[K]> } = {
  regions: list,
  ends,
  labels,
  types: list,
  chains: list,
  from: date,
  to: date,
  live: flag,
  limit,
};

export interface NetworkFilterReading {
  readonly params: NetworkFilterParams;
  /** What was wrong, one sentence per parameter; those parameters read as their default. */
  readonly problems: readonly string[];
}

/**
 * The filter from its parameters. `get` returns a parameter's text (a URL's searchParams.get, or
 * the command line's option); `spell` writes a parameter's name as the reader wrote it, for messages.
 */
export function readNetworkFilterParams(get: (name: NetworkFilterParamName) => string | null | undefined, spell: (name: NetworkFilterParamName) => string = (name) => name): NetworkFilterReading {
  const params: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const name of networkFilterParamNames) {
    const { value, problem } = networkFilterCodecs[name].read(get(name), spell(name));
    params[name] = value;
    if (problem !== undefined) problems.push(problem);
  }
  return { params: params as unknown as NetworkFilterParams, problems };
}

/** The filter's parameters as text, in order; a parameter at its default is left out. */
export function writeNetworkFilterParams(params: NetworkFilterParams): [NetworkFilterParamName, string][] {
  const written: [NetworkFilterParamName, string][] = [];
  for (const name of networkFilterParamNames) {
    const text = (networkFilterCodecs[name] as ParamCodec<NetworkFilterParams[typeof name]>).write(params[name]);
    if (text !== null) written.push([name, text]);
  }
  return written;
}

const listOrNull = (values: readonly string[]) => (values.length === 0 ? null : [...values]);

/** The GraphQL NetworkFilter input, every field given (null when not set); `defaultLimit` when the parameters set none. */
export function networkFilterInput(params: NetworkFilterParams, defaultLimit: number): Required<NetworkFilter> {
  return {
    regionCodes: listOrNull(params.regions),
    linkRule: params.ends,
    labels: params.labels.length === 0 ? null : [...params.labels],
    agreementTypes: listOrNull(params.types),
    chainIds: listOrNull(params.chains),
    from: params.from,
    to: params.to,
    liveOnly: params.live,
    limit: params.limit ?? defaultLimit,
  };
}

/** The same input with only the fields that filter, as a request's variables carry it. */
export function networkFilterVariables(params: NetworkFilterParams, defaultLimit: number): NetworkFilter {
  const input: NetworkFilter = networkFilterInput(params, defaultLimit);
  for (const key of Object.keys(input) as (keyof NetworkFilter)[]) {
    if (input[key] === null || input[key] === false) delete input[key];
  }
  return input;
}
