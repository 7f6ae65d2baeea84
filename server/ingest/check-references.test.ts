import { describe, expect, it } from "vitest";
import { emptyRecordSet } from "../model/index.ts";
import { checkReferences } from "./check-references.ts";
import { renderMessages } from "./messages/index.ts";

const at = (line: number) => ({ file: "agreements.csv", line });

describe("checkReferences", () => {
  it("takes the organisations the caller read from the graph as there, and still reports every other reference to nothing", async () => {
    const records = emptyRecordSet();
    records.agreements.push({ id: "a", type: "joint_lab", parties: ["xaut", "baoji-titanium"], serves: [], source: ["press-1"], at: at(2) });
    // Without a database, only what the run defines and what the caller read can be found.
    const alone = renderMessages(await checkReferences(records, undefined), "en");
    expect(alone).toHaveLength(3);
    const read = renderMessages(await checkReferences(records, undefined, new Set(["xaut", "press-1"])), "en");
    expect(read).toHaveLength(2);
    expect(read.join("\n")).toMatch(/baoji-titanium/);
    expect(read.join("\n")).toMatch(/press-1/); // a source is never taken for an organisation
    expect(read.join("\n")).not.toMatch(/xaut/);
  });
});
