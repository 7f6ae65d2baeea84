import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { message, type Message } from "./messages/index.ts";

/** A file as uploaded in the browser or read from a path given to the CLI: its name as messages show it, and its bytes. */
export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

/** Files given directly and those in folders given (not recursively), sorted by name. */
export function expandPaths(paths: string[]): string[] {
  return paths.flatMap((given) => {
    if (!statSync(given).isDirectory()) return [given];
    return readdirSync(given)
      .filter((entry) => !entry.startsWith("."))
      .map((entry) => path.join(given, entry))
      .filter((file) => statSync(file).isFile())
      .sort();
  });
}

/** Files read from paths, and the ones passed over with why (as notes). */
export interface PathFiles {
  files: ImportFile[];
  skipped: string[];
  notes: Message[];
}

/**
 * The CLI's door: paths and folders become files named as the user sees them (relative to
 * `displayRoot` when inside it). A folder's README describes the folder (the generator writes one
 * beside its data); it is no press release, unless it was named on its own.
 */
export function readPaths(paths: string[], displayRoot = process.cwd()): PathFiles {
  const result: PathFiles = { files: [], skipped: [], notes: [] };
  for (const file of expandPaths(paths)) {
    const relative = path.relative(displayRoot, file);
    const shown = relative && !relative.startsWith("..") ? relative : file;
    if (/^readme(\.[a-z]+)?$/i.test(path.basename(file)) && !paths.includes(file)) {
      result.skipped.push(shown);
      result.notes.push(message(shown, "file.readmeSkipped"));
      continue;
    }
    result.files.push({ name: shown, bytes: readFileSync(file) });
  }
  return result;
}

/** Paths (folders expanded, their READMEs passed over) as files named relative to the working folder. */
export function filesFromPaths(paths: string[]): ImportFile[] {
  return readPaths(paths).files;
}
