import { describe, expect, it } from "vitest";
import { findIndustryChains } from "./chains.ts";

const chains = (text: string) => findIndustryChains(text).map((c) => c.name);

describe("findIndustryChains", () => {
  it("reads named key industry chains", () => {
    expect(chains('launched the "Gansu Province Nickel Cobalt Deep Processing Key Industry Chain and Talent Chain Alliance"')).toEqual([
      "Gansu Province Nickel Cobalt Deep Processing Key Industry Chain",
    ]);
  });
  it("reads lower-case chains and their coordinated items", () => {
    expect(chains("to serve the smart grid industry chain of Hanzhong City")).toEqual(["smart grid industry chain"]);
    expect(chains("linked to the tea, energy and cultural tourism industry chains of the city")).toEqual([
      "cultural tourism industry chain",
      "energy industry chain",
      "tea industry chain",
    ]);
  });
  it("skips generic chains", () => {
    expect(chains("the province's key industry chains and the whole industrial chain")).toEqual([]);
  });
});
