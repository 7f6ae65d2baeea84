export { networkToCsv, csvTables, type CsvTable } from "./csv.ts";
export { exportFormats, exportNetwork, isExportFormat, type ExportFormat, type ExportFormatInfo, type ExportOptions, type ExportedNetwork } from "./export-formats.ts";
export { networkToGexf } from "./gexf.ts";
export { networkToGraphml } from "./graphml.ts";
export { gapListWorkbook, type WorkbookLanguage } from "./gap-list-workbook.ts";
