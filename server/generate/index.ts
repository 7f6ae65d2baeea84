// Synthetic datasets in the record format, at the scales of a province or the nation.
// Other folders import from here; files inside the folder import each other directly.
export { generateDataset, GenerateOptionsError } from "./generate.ts";
export { scaleNames, type ScaleName } from "./scales.ts";
