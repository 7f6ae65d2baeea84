import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

/** One GraphQL document as a client module sends it: where it is written and its text. */
export interface GraphqlDocument {
  /** The file, relative to the project root. */
  file: string;
  /** The constant that holds it. */
  constant: string;
  text: string;
}

// A document is a template literal marked `/* GraphQL */`, or an exported constant named …_QUERY
// or …_MUTATION. Exported ones are read by importing their module, so interpolated field lists
// resolve exactly as the client sends them; unexported ones must be plain literals.
const marked = /(export\s+)?const\s+(\w+)\s*=\s*\/\*\s*GraphQL\s*\*\/\s*`([^`]*)`/g;
const exportedConstant = /export\s+const\s+(\w+_(?:QUERY|MUTATION))\s*=/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Every GraphQL document in the `.ts` files under `dirs` (tests excluded), found by reading the source. */
export async function findGraphqlDocuments(root: string, dirs: string[]): Promise<GraphqlDocument[]> {
  const documents: GraphqlDocument[] = [];
  for (const file of dirs.flatMap((dir) => sourceFiles(path.join(root, dir))).sort()) {
    const source = readFileSync(file, "utf8");
    const relative = path.relative(root, file).split(path.sep).join("/");
    const exported = new Set<string>();
    const literals = new Map<string, string>();
    for (const [, isExported, name, text] of source.matchAll(marked)) {
      if (isExported) exported.add(name!);
      else literals.set(name!, text!);
    }
    for (const [, name] of source.matchAll(exportedConstant)) exported.add(name!);
    for (const [name, text] of literals) {
      if (text.includes("${")) throw new Error(`${relative}: ${name} interpolates values but is not exported, so it cannot be read; export it.`);
      documents.push({ file: relative, constant: name, text });
    }
    if (exported.size === 0) continue;
    const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    for (const name of exported) {
      const text = module[name];
      if (typeof text !== "string") throw new Error(`${relative}: ${name} is not a string once imported.`);
      documents.push({ file: relative, constant: name, text });
    }
  }
  return documents;
}
