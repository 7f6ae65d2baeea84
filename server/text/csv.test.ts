import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, describe, expect, it } from "vitest";
import { csvField, csvLine, listValue, writeCsv } from "./csv.ts";

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe("csvField", () => {
  it("quotes only what needs quoting", () => {
    expect(csvField("Xi'an University of Technology")).toBe("Xi'an University of Technology");
    expect(csvField("Spindles, screws")).toBe('"Spindles, screws"');
    expect(csvField('the "best" base')).toBe('"the ""best"" base"');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField(" padded")).toBe('" padded"');
    expect(csvField(undefined)).toBe("");
    expect(csvField(36)).toBe("36");
    expect(csvField(["a", "b"])).toBe("a|b");
  });

  it("refuses a list value holding the separator", () => {
    expect(() => listValue(["a|b"])).toThrow(/list separator/);
  });

  it("reads back through csv-parse as written", () => {
    const values = ["plain", "comma, inside", 'quote " inside', "line\nbreak", "南充智造科技有限公司", "— not real", ""];
    const [record] = parse(csvLine(values)) as string[][];
    expect(record).toEqual(values);
  });
});

describe("writeCsv", () => {
  it("streams many rows to the file and renames it into place", async () => {
    const dir = await mkdtemp(join(tmpdir(), "atlas-csv-"));
    dirs.push(dir);
    function* rows() {
      for (let i = 0; i < 50_000; i++) yield { id: `r${i}`, name: i % 7 === 0 ? `name, ${i}` : `name ${i}`, list: [`a${i}`, `b${i}`] };
    }
    const count = await writeCsv(join(dir, "rows.csv"), ["id", "name", "list"], rows());
    expect(count).toBe(50_000);
    const records = parse(await readFile(join(dir, "rows.csv"), "utf8"), { columns: true }) as Record<string, string>[];
    expect(records).toHaveLength(50_000);
    expect(records[49_999]).toEqual({ id: "r49999", name: "name 49999", list: "a49999|b49999" });
    expect(records[7]?.name).toBe("name, 7");
  });

  it("leaves no file behind when a row fails", async () => {
    const dir = await mkdtemp(join(tmpdir(), "atlas-csv-"));
    dirs.push(dir);
    function* rows() {
      yield { id: "ok" };
      yield { id: "bad", list: ["x|y"] };
    }
    await expect(writeCsv(join(dir, "bad.csv"), ["id", "list"], rows())).rejects.toThrow(/list separator/);
    await expect(readFile(join(dir, "bad.csv"))).rejects.toThrow();
    await expect(readFile(join(dir, "bad.csv.partial"))).rejects.toThrow();
  });
});
