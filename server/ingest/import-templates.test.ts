import { describe, expect, it } from "vitest";
import { canonicalColumn } from "./column-names.ts";
import { isKnownHeader, tableLayout } from "./find-header.ts";
import { importTemplates, templateHeaderRow, templateWorkbook } from "./import-templates.ts";
import { recogniseKind } from "./recognise-kind.ts";
import { workbookTables } from "./table.ts";
import { checkIdentityCode, knownColumns, recordFiles, recordSchemas } from "../model/index.ts";

describe.each(recordFiles)("the %s template", (kind) => {
  const template = importTemplates[kind];
  const file = `${kind}-template.xlsx`;
  const tables = workbookTables(file, templateWorkbook(kind));

  it("is one sheet whose header the reader finds under the title and the English row", () => {
    expect(tables).toHaveLength(1);
    const layout = tableLayout(tables[0]!)!;
    expect(layout.headerAt.line).toBe(templateHeaderRow);
    expect(layout.header).toEqual(template.columns.map((c) => c.header));
    expect(layout.titleRows).toHaveLength(2);
    // The English descriptions are no column names, so they can never be taken for the header.
    expect(template.columns.map((c) => c.english).filter(isKnownHeader)).toEqual([]);
    expect(layout.rows).toHaveLength(1);
  });

  it("is recognised as its kind, by its sheet's name and by its columns alone", () => {
    const layout = tableLayout(tables[0]!)!;
    expect(recogniseKind(layout.header, { file, sheet: tables[0]!.sheet }).kind).toBe(kind);
    expect(recogniseKind(layout.header, { file: "list.xlsx", sheet: "Sheet1" }).kind).toBe(kind);
  });

  it("maps every header to the column it stands for", () => {
    for (const c of template.columns) expect(canonicalColumn(kind, c.header, knownColumns[kind]), c.header).toBe(c.column);
  });

  it("has an example row that is valid as it stands", () => {
    const layout = tableLayout(tables[0]!)!;
    const values: Record<string, string | string[]> = {};
    layout.header.forEach((header, i) => {
      const column = canonicalColumn(kind, header, knownColumns[kind])!;
      const cell = layout.rows[0]!.cells[i];
      if (!cell || column === "rowNumber") return;
      values[column] = values[column] === undefined ? cell : [values[column]].flat().concat(cell);
    });
    if (values.id === undefined) values.id = "example-1";
    const parsed = recordSchemas[kind].safeParse(values);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    if (typeof values.code === "string") expect(checkIdentityCode(values.code)).toMatchObject({ ok: true });
  });
});
