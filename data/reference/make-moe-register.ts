// Makes moe-register-2025.csv from the Ministry of Education's two published files of 全国高等学校名单
// (the regular list, then the adult list), read by the project's own workbook reader:
//   npx tsx data/reference/make-moe-register.ts W020250627301230138068.xls W020250627301230143042.xls
// See data/README.md ("reference/") for where the files come from.
import { readFileSync, writeFileSync } from "node:fs";
import { registerCsv, registerFile, registerRowsFromWorkbook } from "../../server/ingest/register-reference.ts";

const files = process.argv.slice(2);
if (files.length === 0) {
  process.stderr.write("usage: npx tsx data/reference/make-moe-register.ts <regular list .xls> <adult list .xls>\n");
  process.exit(2);
}
const rows = files.flatMap((file) => registerRowsFromWorkbook(file, readFileSync(file)));
const codes = new Set(rows.map((row) => row.code));
if (codes.size !== rows.length) throw new Error(`${rows.length - codes.size} codes appear twice`);
writeFileSync(registerFile, registerCsv(rows));
const count = (list: string) => rows.filter((row) => row.list === list).length;
process.stdout.write(`${registerFile}: ${rows.length} institutions (${count("regular")} regular, ${count("adult")} adult)\n`);
