// Text helpers shared by ingest, extract, generate, export and the API: name keys, search keys, dates, decoding, CSV writing.
// Other folders import from here; files inside the folder import each other directly.
export { csvLine, writeCsv, type CsvValue } from "./csv.ts";
export { decodeText } from "./decode-text.ts";
export { nameKey, nameKeys } from "./name-key.ts";
export { parseDate } from "./parse-date.ts";
export { searchTextOf, storedSearchKey } from "./search-text.ts";
