import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { projectRoot } from "../config.ts";
import { apiTypesSource } from "./api-types-codegen.ts";

// `npm run codegen`: regenerates contract/api-types.ts after api.graphql changes.

export const apiSchemaPath = path.join(projectRoot, "server", "graphql", "api.graphql");
export const apiTypesPath = path.join(projectRoot, "contract", "api-types.ts");

export function generatedApiTypes(): string {
  return apiTypesSource(readFileSync(apiSchemaPath, "utf8"));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  writeFileSync(apiTypesPath, generatedApiTypes());
  process.stdout.write(`wrote ${path.relative(projectRoot, apiTypesPath)}\n`);
}
