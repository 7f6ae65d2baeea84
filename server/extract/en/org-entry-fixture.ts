import type { OrgEntry } from "./organizations.ts";

/** An organisation as the extractor holds it, named and nothing else: for tests of the later steps. */
export function orgEntry(name: string, role: OrgEntry["role"] = "enterprise"): OrgEntry {
  return {
    name,
    role,
    aliases: [],
    forms: [name],
    evidence: { text: "", offset: 0, norm: "", paragraph: 0, kind: "body" },
    confidence: 0.9,
    source: "name",
  };
}
