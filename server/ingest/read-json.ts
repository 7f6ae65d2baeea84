import { fragment } from "./messages/index.ts";
import { RecordFileError, type SourceRow } from "./source-row.ts";
import { recordFiles, type RecordFileName } from "../model/index.ts";

/** Line of a character offset, for JSON syntax errors. */
function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).split("\n").length;
}

/**
 * One JSON file holding records as arrays under the record files' names:
 * { "institutions": [{ "id": …, "name": … }], "agreements": [{ …, "parties": ["a", "b"] }] }.
 * List fields may be arrays or "|"-separated strings. Each row's origin is its path, agreements[3].
 */
export function readJson(file: string, text: string): { name: RecordFileName; rows: SourceRow[] }[] {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message);
    throw new RecordFileError({ file, line: position ? lineAt(text, Number(position[1])) : 1 }, fragment("json.invalid", { detail: (error as Error).message }));
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new RecordFileError({ file, line: 1 }, fragment("json.notAnObject", { kinds: [...recordFiles] }));
  }
  const unknownKeys = Object.keys(data).filter((key) => !(recordFiles as readonly string[]).includes(key));
  if (unknownKeys.length > 0) throw new RecordFileError({ file, path: unknownKeys[0]! }, fragment("json.unknownKey", { kinds: [...recordFiles] }));
  const groups: { name: RecordFileName; rows: SourceRow[] }[] = [];
  for (const name of recordFiles) {
    const list = (data as Record<string, unknown>)[name];
    if (list === undefined) continue;
    if (!Array.isArray(list)) throw new RecordFileError({ file, path: name }, fragment("json.notAnArray"));
    groups.push({
      name,
      rows: list.map((record, i) => {
        const at = { file, path: `${name}[${i}]` };
        if (typeof record !== "object" || record === null || Array.isArray(record)) throw new RecordFileError(at, fragment("json.recordNotAnObject"));
        const values: Record<string, string | string[]> = {};
        for (const [key, value] of Object.entries(record)) {
          if (value === null || value === undefined || value === "") continue;
          if (Array.isArray(value)) {
            // String() of a nested array recurses once per level: 100,000 levels overflow the stack.
            const nested = value.findIndex((item) => typeof item === "object" && item !== null);
            if (nested >= 0) throw new RecordFileError({ file, path: `${at.path}.${key}[${nested}]` }, fragment("json.nestedValue"));
            values[key] = value.map(String);
          }
          else if (typeof value === "object") throw new RecordFileError({ file, path: `${at.path}.${key}` }, fragment("json.badValue"));
          else values[key] = String(value).trim();
        }
        return { at, values };
      }),
    });
  }
  return groups;
}
