import { describe, expect, it } from "vitest";
import { findListedNames } from "./listed-names.ts";
import { isPlaceName } from "./places.ts";

describe("findListedNames", () => {
  it("reads organisations given as examples of a kind", () => {
    expect(findListedNames("cooperation with more than 80 enterprises, including Lanfeng Motors and Qilu Power.", isPlaceName).map((n) => `${n.role}: ${n.name}`)).toEqual([
      "enterprise: Lanfeng Motors",
      "enterprise: Qilu Power",
    ]);
    expect(findListedNames("companies such as Festo, SMC and Bosch Rexroth", isPlaceName).map((n) => n.name)).toEqual(["Festo", "SMC", "Bosch Rexroth"]);
  });
  it("skips places and people", () => {
    expect(findListedNames("enterprises including Shaanxi and Wang Hui", isPlaceName)).toEqual([]);
  });
});
