import * as XLSX from "@e965/xlsx";
import { recordFiles, type RecordFileName } from "../model/index.ts";

/**
 * Blank workbooks for each kind of record, offered by the import view (/api/import/templates/<kind>.xlsx).
 * Each has one sheet named after its kind, in Chinese and English, and:
 *   row 1  a title saying what the sheet is for, in both languages;
 *   row 2  each column described in English ("Enterprise name (required)"): worded so that no cell is
 *          a column name the reader knows, it is passed over like any title row;
 *   row 3  the header as the reader takes it, in Chinese (every cell a name column-names.ts knows);
 *   row 4  one example row, valid as it stands (its credit code has the right check character).
 * So a planner fills it in Chinese, an English reader sees what each column means, and the file
 * goes back through the same reader as any other workbook.
 */
export interface TemplateColumn {
  /** The canonical column the header stands for. */
  column: string;
  /** The header as the reader takes it. */
  header: string;
  /** What the column holds, in English, with "(required)" or "(optional)". */
  english: string;
  example: string | number;
}

export interface ImportTemplate {
  kind: RecordFileName;
  sheet: string;
  title: string;
  columns: TemplateColumn[];
}

const col = (column: string, header: string, english: string, example: string | number = ""): TemplateColumn => ({ column, header, english, example });

export const importTemplates: Record<RecordFileName, ImportTemplate> = {
  institutions: {
    kind: "institutions",
    sheet: "院校 institutions",
    title: "院校名单 · Institutions: one row per school, college or research institute",
    columns: [
      col("rowNumber", "序号", "Row number (optional)", 1),
      col("name", "学校名称", "School name (required)", "示例职业技术学院"),
      col("code", "学校标识码", "School code, 10 digits, or credit code (optional)", "4161099901"),
      col("kind", "类型", "Kind: university, vocational_college… (optional)", "vocational_college"),
      col("region", "所在地", "Region: code or name (optional)", "陕西省宝鸡市"),
      col("authority", "主管部门", "Supervising authority (optional)", "陕西省教育厅"),
      col("aliases", "别名", "Other names, separated by | (optional)", "示例职院"),
      col("note", "备注", "Note (optional)"),
      col("source", "来源", "Source ids, separated by | (optional)"),
    ],
  },
  enterprises: {
    kind: "enterprises",
    sheet: "企业 enterprises",
    title: "企业名单 · Enterprises: one row per enterprise of a chain",
    columns: [
      col("rowNumber", "序号", "Row number (optional)", 1),
      col("name", "企业名称", "Enterprise name (required)", "示例钛材有限公司"),
      col("code", "统一社会信用代码", "Unified social credit code, 18 characters (optional)", "91610301MA6X000014"),
      col("chain", "所属产业链", "Industry chain: id or name (optional)", "新能源汽车产业链"),
      col("segments", "产业链环节", "Chain segments: ids or names, separated by | (optional)", "正极材料"),
      col("region", "所在地", "Region: code or name (optional)", "陕西省宝鸡市"),
      col("kind", "企业类型", "Kind: soe, private, foreign… (optional)", "private"),
      col("aliases", "别名", "Other names, separated by | (optional)", "示例钛材"),
      col("source", "来源", "Source ids, separated by | (optional)"),
    ],
  },
  governments: {
    kind: "governments",
    sheet: "政府部门 governments",
    title: "政府部门名单 · Government bodies: one row per department or government",
    columns: [
      col("rowNumber", "序号", "Row number (optional)", 1),
      col("name", "部门名称", "Name of the body (required)", "示例市工业和信息化局"),
      col("kind", "类型", "Kind: provincial_department, county_government… (optional)", "municipal_department"),
      col("region", "所在地", "Region: code or name (optional)", "陕西省宝鸡市"),
      col("aliases", "别名", "Other names, separated by | (optional)"),
      col("source", "来源", "Source ids, separated by | (optional)"),
    ],
  },
  chains: {
    kind: "chains",
    sheet: "产业链 chains",
    title: "产业链 · Industry chains: one row per chain",
    columns: [
      col("rowNumber", "序号", "Row number (optional)", 1),
      col("name", "英文名称", "Name in English (required)", "Titanium and titanium alloy industry chain"),
      col("nameZh", "产业链名称", "Name in Chinese (optional)", "钛及钛合金产业链"),
      col("scope", "范围", "Scope: national or provincial (optional)", "provincial"),
      col("region", "所在地", "Province of a provincial chain (optional)", "陕西省"),
      col("source", "来源", "Source ids, separated by | (optional)"),
    ],
  },
  segments: {
    kind: "segments",
    sheet: "产业链环节 segments",
    title: "产业链环节 · Chain segments: one row per segment of a chain",
    columns: [
      col("chain", "所属产业链", "Industry chain: id or name (required)", "新能源汽车产业链"),
      col("name", "英文名称", "Name in English (required)", "Solid-state electrolyte"),
      col("nameZh", "环节名称", "Name in Chinese (optional)", "固态电解质"),
      col("stage", "阶段", "Stage: upstream, midstream or downstream (optional)", "upstream"),
      col("order", "顺序", "Position in the chain, a whole number (optional)", 10),
      col("source", "来源", "Source ids, separated by | (optional)"),
    ],
  },
  agreements: {
    kind: "agreements",
    sheet: "合作协议 agreements",
    title: "合作协议 · Agreements: one row per agreement between a school and its partners",
    columns: [
      col("rowNumber", "序号", "Row number (optional)", 1),
      col("title", "协议名称", "Title (optional)", "示例钛材实习基地"),
      col("type", "合作类型", "Type: internship_base, joint_lab, industry_college… (required)", "internship_base"),
      col("parties", "合作院校", "School party: id, code or name (parties: required)", "示例职业技术学院"),
      col("parties", "合作企业", "Other parties: ids, codes or names, separated by | (optional)", "示例钛材有限公司"),
      col("signedOn", "签约时间", "Signed on, e.g. 2025-03-20 (optional)", "2025-03-20"),
      col("endsOn", "到期日期", "Ends on (optional)"),
      col("status", "状态", "Status: active, planned or ended (optional)", "active"),
      col("serves", "服务产业链", "Chains or segments served, separated by | (optional)", "新能源汽车产业链"),
      col("students", "学生人数", "Students, a whole number (optional)", 40),
      col("source", "来源", "Source ids, separated by | (optional)"),
    ],
  },
  alliances: {
    kind: "alliances",
    sheet: "联盟 alliances",
    title: "联盟 · Alliances and industry-education communities: one row per alliance",
    columns: [
      col("name", "英文名称", "Name in English (required)", "Baoji titanium industry-education alliance"),
      col("nameZh", "联盟名称", "Name in Chinese (optional)", "宝鸡钛产业产教联盟"),
      col("foundedOn", "成立日期", "Founded on, e.g. 2024-12-10 (optional)", "2024-12-10"),
      col("members", "成员单位", "Members: ids, codes or names, separated by | (optional)", "示例职业技术学院|示例钛材有限公司"),
      col("serves", "服务产业链", "Chains or segments served, separated by | (optional)", "新能源汽车产业链"),
      col("source", "来源", "Source ids, separated by | (optional)"),
    ],
  },
  sources: {
    kind: "sources",
    sheet: "来源 sources",
    title: "来源 · Sources: one row per article or dataset that states the records",
    columns: [
      col("id", "编号", "Id the other sheets cite (required)", "src-example-list-2025"),
      col("kind", "类型", "Kind: article or dataset (optional)", "dataset"),
      col("url", "链接", "Web address (optional)", "https://www.example.org/list-2025.html"),
      col("title", "标题", "Title (optional)", "示例重点企业名单"),
      col("publisher", "发布单位", "Publisher (optional)", "示例市工业和信息化局"),
      col("publishedOn", "发布日期", "Published on (optional)", "2025-06-20"),
    ],
  },
};

export function isTemplateKind(kind: string): kind is RecordFileName {
  return (recordFiles as readonly string[]).includes(kind);
}

/** The header row's number (1-based) in every template. */
export const templateHeaderRow = 3;

/** The template of a kind as an .xlsx file. */
export function templateWorkbook(kind: RecordFileName): Uint8Array {
  const template = importTemplates[kind];
  const rows: (string | number)[][] = [
    [template.title],
    template.columns.map((c) => c.english),
    template.columns.map((c) => c.header),
    template.columns.map((c) => c.example),
  ];
  const sheet = XLSX.utils.aoa_to_sheet(rows);
  // Codes are text: a code typed into a number cell loses its leading zeros or its last digits.
  template.columns.forEach((c, i) => {
    if (c.column !== "code") return;
    const cell = sheet[XLSX.utils.encode_cell({ r: 3, c: i })] as XLSX.CellObject | undefined;
    if (cell) cell.z = "@";
  });
  sheet["!cols"] = template.columns.map((c) => ({ wch: Math.min(40, Math.max(12, c.english.length * 0.8, String(c.example).length * 2)) }));
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, template.sheet);
  return XLSX.write(book, { type: "buffer", bookType: "xlsx", compression: true }) as Uint8Array;
}

/** The download's file name, bilingual like the sheet: enterprises-template.xlsx. */
export function templateFileName(kind: RecordFileName): string {
  return `${kind}-template.xlsx`;
}
