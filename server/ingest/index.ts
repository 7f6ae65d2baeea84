// Reading record files and articles, resolving them, and loading them (and the regions) into the database.
// Other folders import from here; files inside the folder import each other directly.
export { changedNothing, ingest, type IngestResult } from "./ingest.ts";
export { conflictDecisions, type Conflict, type ConflictDecision } from "./resolve-entities.ts";
export { isLocale, kindName, locales, messageDetail, renderMessages, type Locale, type Message, type MessageCode, type MessageDetail } from "./messages/index.ts";
export { loadRegions, regionsAreLoaded } from "./load-regions.ts";
export { importerMinRecords, isFirstLoad, type FirstLoad } from "./importer-load.ts";
export { terminalProgress } from "./progress.ts";
export { loadSampleIfEmpty } from "./sample.ts";
export { importTemplates, isTemplateKind, templateFileName, templateWorkbook } from "./import-templates.ts";
export {
  commitImport,
  filesFromPaths,
  listChangesets,
  previewImport,
  undoChangeset,
  type Changeset,
  type ImportFile,
  type ImportOptions,
  type ImportPreview,
  type RecordChange,
  type TableChoice,
  type TablePreview,
} from "./imports.ts";
export { UndoRefusedError } from "./changesets.ts";
export { defaultAuthor } from "./ingest.ts";
export { readPaths } from "./import-files.ts";
export { loadRegisterIfAbsent, registerIsLoaded, type RegisterLoad } from "./load-register.ts";
