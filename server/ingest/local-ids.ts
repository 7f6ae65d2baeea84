import { identityCodeKind, type Origin, type RecordFileName } from "../model/index.ts";

/** Columns that hold lists, which several headers may fill together. */
export const listColumns = new Set(["parties", "members", "segments", "aliases", "serves", "source"]);

const organizationKinds = new Set<RecordFileName>(["institutions", "enterprises", "governments"]);

/** A dataset's name as it may stand in an id: letters, digits, '.', '_' and '-'. */
function idSafe(text: string): string {
  return [...text.replace(/[^\p{L}\p{N}._-]+/gu, "-").replace(/^[^\p{L}\p{N}]+/u, "")].slice(0, 80).join("") || "file";
}

/**
 * The id of a row from a table without an id column (DESIGN.md, "Identity"): a real code when
 * the row has one (moe-4111010001 for a school, uscc-91610… for a credit code), so the same
 * organisation has the same id in every file; otherwise the row's own number (序号), or its name,
 * or its line, scoped to the file and sheet it comes from — two lists that both start at 1 do not
 * name the same row.
 */
export function localId(kind: RecordFileName, values: Record<string, string | string[]>, dataset: string, at: Origin): string | undefined {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim();
  const code = first(values.code)?.replace(/\s+/g, "").toUpperCase();
  if (code && organizationKinds.has(kind)) {
    const codeKind = identityCodeKind(code);
    if (codeKind === "schoolCode") return `moe-${code.replace(/\.0+$/, "")}`;
    if (codeKind === "creditCode") return `uscc-${code}`;
  }
  const scope = idSafe(dataset);
  const rowNumber = first(values.rowNumber);
  if (rowNumber && /^[\p{L}\p{N}._-]+$/u.test(rowNumber)) return `${scope}:${rowNumber}`;
  const name = first(values.name);
  if (name && kind !== "agreements") return `${scope}:${idSafe(name)}`;
  return `${scope}:line-${at.line ?? 1}`;
}
