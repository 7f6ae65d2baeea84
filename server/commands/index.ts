// The commands of the product's CLI (server/cli.ts), one file each.
// Other folders import from here; files inside the folder import each other directly.
export { evalExtractCommand } from "./eval-extract.ts";
export { exportCommand } from "./export.ts";
export { extractCommand } from "./extract.ts";
export { generateCommand } from "./generate.ts";
export { ingestCommand } from "./ingest.ts";
export { registerCommand } from "./register.ts";
export { start } from "./start.ts";
export { tokenCommand } from "./token.ts";
export { trainConfidenceCommand } from "./train-confidence.ts";
export { importCommand } from "./import.ts";
