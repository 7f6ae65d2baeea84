import { describe, expect, it } from "vitest";
import { networkFilterInput, networkFilterVariables, noNetworkFilter, readNetworkFilterParams, writeNetworkFilterParams, type NetworkFilterParams } from "./network-filter-params.ts";

const fromQuery = (query: string) => {
  const search = new URLSearchParams(query);
  return readNetworkFilterParams((name) => search.get(name));
};

const everything: NetworkFilterParams = {
  regions: ["510000", "610000"],
  ends: "ONE_END",
  labels: ["Institution", "Enterprise"],
  types: ["joint_lab"],
  chains: ["chain-1"],
  from: "2019-01-01",
  to: "2023-12-31",
  live: true,
  limit: 2000,
};

describe("the network filter's parameters", () => {
  it("read nothing as no filter", () => {
    expect(fromQuery("")).toEqual({ params: noNetworkFilter, problems: [] });
  });

  it("write every parameter, in order, with the README's names, and read it back", () => {
    const written = writeNetworkFilterParams(everything);
    expect(new URLSearchParams(written).toString()).toBe("regions=510000%2C610000&ends=one&labels=Institution%2CEnterprise&types=joint_lab&chains=chain-1&from=2019-01-01&to=2023-12-31&live=1&limit=2000");
    expect(fromQuery(new URLSearchParams(written).toString())).toEqual({ params: everything, problems: [] });
    expect(writeNetworkFilterParams(noNetworkFilter)).toEqual([]);
  });

  it("trim lists and drop empty entries and repeats", () => {
    expect(fromQuery("regions= 510000,,510000 ,610000&types=").params).toMatchObject({ regions: ["510000", "610000"], types: [] });
  });

  it("say what is wrong, naming the parameter as it was written, and read it as its default", () => {
    const reading = fromQuery("ends=some&labels=Institution,Alien&from=2019&to=yesterday&limit=lots&live=maybe");
    expect(reading.params).toEqual({ ...noNetworkFilter, labels: ["Institution"] });
    expect(reading.problems).toEqual([
      'ends takes one (links with at least one end in the regions) or both (both ends in them), not "some".',
      "Unknown organisation label Alien: use Institution, Enterprise, Government.",
      'from must be a date written YYYY-MM-DD, not "2019".',
      'to must be a date written YYYY-MM-DD, not "yesterday".',
      'limit takes a whole number, not "lots".',
    ]);
    expect(readNetworkFilterParams((name) => (name === "limit" ? "x" : undefined), (name) => `--${name}`).problems).toEqual(['--limit takes a whole number, not "x".']);
  });

  it("refuse a node limit under 1 or over the API's maximum", () => {
    expect(fromQuery("limit=0").problems).toEqual(["The network's node limit must be a whole number of at least 1, not 0."]);
    expect(fromQuery("limit=5001").problems[0]).toMatch(/over the maximum of 5000 nodes/);
    expect(fromQuery("limit=5000").params.limit).toBe(5000);
  });

  it("read both link rules, and leave the rule to the reader's default when absent", () => {
    expect(fromQuery("regions=510000&ends=both").params.ends).toBe("BOTH_ENDS");
    expect(fromQuery("regions=510000&ends=one").params.ends).toBe("ONE_END");
    expect(fromQuery("regions=510000").params.ends).toBeNull();
    expect(writeNetworkFilterParams({ ...noNetworkFilter, regions: ["510000"], ends: "BOTH_ENDS" })).toEqual([["regions", "510000"], ["ends", "both"]]);
  });

  it("map to the GraphQL NetworkFilter input with the API's names", () => {
    expect(networkFilterInput(everything, 500)).toEqual({
      regionCodes: ["510000", "610000"],
      linkRule: "ONE_END",
      labels: ["Institution", "Enterprise"],
      agreementTypes: ["joint_lab"],
      chainIds: ["chain-1"],
      from: "2019-01-01",
      to: "2023-12-31",
      liveOnly: true,
      limit: 2000,
    });
    expect(networkFilterInput(noNetworkFilter, 5000)).toEqual({ regionCodes: null, linkRule: null, labels: null, agreementTypes: null, chainIds: null, from: null, to: null, liveOnly: false, limit: 5000 });
    expect(networkFilterVariables(noNetworkFilter, 500)).toEqual({ limit: 500 });
    expect(networkFilterVariables({ ...noNetworkFilter, types: ["joint_lab"], live: true }, 500)).toEqual({ agreementTypes: ["joint_lab"], liveOnly: true, limit: 500 });
  });
});
