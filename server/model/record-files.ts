import { importKinds } from "../../contract/import-api.ts";

/**
 * The record files of DESIGN.md ("Records"): their names, columns and the order a folder is read in
 * (parties before the agreements that name them). One JSON file may hold the same records as arrays
 * under these names.
 */
export const recordFiles = importKinds;

export type RecordFileName = (typeof recordFiles)[number];

export const agreementTypes = [
  "internship_base",
  "practice_base",
  "industry_college",
  "professor_workstation",
  "order_class",
  "joint_lab",
  "strategic_cooperation",
  "talent_training",
  "alliance",
  "other",
] as const;

export const segmentStages = ["upstream", "midstream", "downstream"] as const;

/**
 * Required columns in bold in DESIGN.md; a file without them is refused before any row is read.
 * Only sources need an id column: they are named by id from the other files. Other tables may number
 * their rows (序号) or carry codes instead, and their ids are then made from those (local-ids.ts).
 */
export const requiredColumns: Record<RecordFileName, string[]> = {
  sources: ["id"],
  institutions: ["name"],
  enterprises: ["name"],
  governments: ["name"],
  chains: ["name"],
  segments: ["chain", "name"],
  agreements: ["type", "parties"],
  alliances: ["name"],
};

/** Columns each file knows; others are ignored with a note. */
export const knownColumns: Record<RecordFileName, string[]> = {
  sources: ["id", "kind", "url", "title", "publisher", "publishedOn", "origin"],
  institutions: ["id", "rowNumber", "code", "name", "nameZh", "kind", "region", "aliases", "source", "authority", "note"],
  enterprises: ["id", "rowNumber", "code", "name", "nameZh", "kind", "region", "aliases", "segments", "chain", "source"],
  governments: ["id", "rowNumber", "code", "name", "nameZh", "kind", "region", "aliases", "source"],
  chains: ["id", "rowNumber", "name", "nameZh", "scope", "region", "source"],
  segments: ["id", "chain", "name", "nameZh", "stage", "order", "source"],
  agreements: ["id", "rowNumber", "type", "title", "signedOn", "endsOn", "status", "parties", "serves", "source", "students", "positions", "enterprises"],
  alliances: ["id", "name", "nameZh", "foundedOn", "members", "serves", "source"],
};

/** The record file a CSV's name says it is: "agreements.csv", also "2025-agreements.csv" or "Agreements (2).csv". */
export function recordFileName(fileName: string): RecordFileName | undefined {
  const base = fileName.replace(/\.csv$/i, "").toLowerCase();
  return recordFiles.find((name) => base === name || new RegExp(`(^|[^a-z])${name}([^a-z]|$)`).test(base));
}
