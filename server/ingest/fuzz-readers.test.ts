import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../config.ts";
import { maxArticleChars } from "../extract/index.ts";
import { hostileValues, mutated } from "../../test/support/hostile-input.ts";
import { createRandom } from "../random.ts";
import { decodeText } from "../text/index.ts";
import { readRecords, type ReadText } from "./read-records.ts";

/**
 * Hostile and random input to the record and article readers, without a database: whatever the
 * bytes, a read ends soon with records or with problems as "file:line: message", never a throw.
 * The random cases are mutations drawn from one seed, printed in the test names; FUZZ_SEED=n
 * repeats a failing run.
 */
const seed = Number(process.env.FUZZ_SEED ?? 20250611);

const seedCsv = [
  "id,name,nameZh,aliases,region,source",
  'fz-a,"Alpha College, Xi\'an",甲学院,A|Alpha,610000,',
  "fz-b,Beta Technology Co. Ltd.,乙科技有限公司,,陕西,",
  "",
].join("\n");
const seedAgreementsCsv = "id,type,parties,signedOn,title\nfz-x,joint_lab,fz-a|fz-b,2025-03-20,Joint lab\n";
const seedJson = JSON.stringify({
  institutions: [{ id: "fz-a", name: "Alpha College", aliases: ["A", "Alpha"], region: "610000" }],
  enterprises: [{ id: "fz-b", name: "Beta Technology", nameZh: "乙科技有限公司" }],
  agreements: [{ id: "fz-x", type: "joint_lab", parties: ["fz-a", "fz-b"], signedOn: "2025/3/20", students: 40 }],
});
const seedArticle = readFileSync(path.join(projectRoot, "test", "fixtures", "articles", "qinling-order-class.txt"));
const seedChineseArticle = Buffer.from("发布时间：2025-05-06\n来源：甲学院\n2025年5月3日，西安理工大学与华为技术有限公司签署合作协议，共建联合实验室。\n版权所有：甲学院\n");
const seedHtml = Buffer.from(
  `<html><head><title>Alpha College signs with Beta</title><meta property="og:url" content="https://example.org/a"></head>
   <body><nav>Home</nav><p>On 3 May 2025, Xi'an University of Technology and Huawei Technologies Co., Ltd. signed a joint lab agreement.</p>
   <script>alert(1)</script><footer>Copyright 2025 Alpha College</footer></body></html>`,
);

function folder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "atlas-fuzz-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Reads files in a fresh folder and checks what every read must do, whatever it was given: end
 * within `seconds`, and name each problem as "file:line: message" (JSON: "file:path: message")
 * in a message short enough to read.
 */
function readHostile(files: Record<string, string | Uint8Array>, seconds = 5): ReadText {
  const dir = folder(files);
  const started = performance.now();
  const result = readRecords([dir], dir);
  expect((performance.now() - started) / 1000).toBeLessThan(seconds);
  const names = Object.keys(files).map(escapeRegExp).join("|");
  for (const problem of result.problems) {
    expect(problem).toMatch(new RegExp(`^(${names}):(\\d+|[^\\n]{1,200}?): \\S`, "s"));
    expect(problem.length).toBeLessThan(1_000);
    expect(problem).not.toMatch(/Maximum call stack|is not a function|Cannot read properties|undefined:/);
  }
  return result;
}

describe(`record and article readers under random damage (seed ${seed})`, () => {
  const random = createRandom(seed, "fuzz-readers");
  const cases: { name: string; files: () => Record<string, Uint8Array> }[] = [];
  for (let i = 0; i < 80; i++) {
    const kind = random.pick(["csv", "csv", "json", "txt", "zh", "html", "md"] as const);
    const caseSeed = random.int(0, 2 ** 31);
    cases.push({
      name: `${kind} #${i} (case seed ${caseSeed})`,
      files: (): Record<string, Uint8Array> => {
        const r = createRandom(caseSeed, kind);
        if (kind === "csv") return { "institutions.csv": mutated(r, Buffer.from(seedCsv)), "agreements.csv": mutated(r, Buffer.from(seedAgreementsCsv)) };
        if (kind === "json") return { "records.json": mutated(r, Buffer.from(seedJson)) };
        if (kind === "txt") return { "release.txt": mutated(r, seedArticle) };
        if (kind === "zh") return { "release-zh.txt": mutated(r, seedChineseArticle) };
        if (kind === "html") return { "release.html": mutated(r, seedHtml) };
        return { "release.md": mutated(r, Buffer.concat([Buffer.from("---\ntitle: A release\nurl: https://example.org/r\n---\n"), seedArticle])) };
      },
    });
  }
  it.each(cases)("reads $name to records or file:line problems", ({ files }) => {
    readHostile(files());
  });

  it("decodes any bytes without throwing", () => {
    const r = createRandom(seed, "decode");
    for (let i = 0; i < 2_000; i++) {
      const bytes = Uint8Array.from({ length: r.int(0, 64) }, () => r.int(0, 255));
      const { text } = decodeText(bytes);
      expect(typeof text).toBe("string");
    }
  });
});

describe("record files built to break the reader", () => {
  it("refuses a 5 MB cell by its line, quoting only its start", () => {
    const result = readHostile({ "institutions.csv": `id,name\na,${"x".repeat(5_000_000)}\nb,Beta\n` });
    expect(result.problems).toEqual([expect.stringMatching(/^institutions\.csv:2: name "x{80}… \(5,000,000 characters\)" Too big/)]);
  });

  it("refuses a header of 100,000 columns without the required ones, in a short message", () => {
    const result = readHostile({ "institutions.csv": `${Array.from({ length: 100_000 }, (_, i) => `c${i}`).join(",")}\na,b\n` });
    expect(result.problems).toEqual([expect.stringMatching(/^institutions\.csv:1: missing required column name \(the header has c0, c1, .*characters\)\)$/)]);
  });

  it("reads a 1 MB line without a newline, and an unclosed quote over 1 MB, to a problem with its line", () => {
    expect(readHostile({ "institutions.csv": `id,name\n${"a".repeat(1_000_000)}` }).problems).toContain("institutions.csv:2: name is missing");
    expect(readHostile({ "institutions.csv": `id,name\na,"${"x".repeat(1_000_000)}` }).problems).toEqual([expect.stringMatching(/^institutions\.csv:2: Quote Not Closed/)]);
  });

  it("refuses an id too long for the database's index before anything is written", () => {
    const result = readHostile({ "institutions.csv": `id,name\n${"i".repeat(10_000)},Alpha\n` });
    expect(result.problems).toEqual([expect.stringMatching(/^institutions\.csv:2: id "i{80}… \(10,000 characters\)" Too big/)]);
  });

  it("reads broken encodings without throwing: invalid UTF-8, cut GB18030, UTF-16 with an odd byte, NUL bytes", () => {
    const gbkCut = Buffer.concat([Buffer.from("id,name\na,"), Buffer.from([0xd6, 0xd0, 0xb9])]);
    expect(readHostile({ "institutions.csv": gbkCut }).notes).toEqual(["institutions.csv: read as GB18030"]);
    const utf16Odd = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("id,name\na,Alpha\n", "utf16le"), Buffer.from([0x41])]);
    expect(readHostile({ "institutions.csv": utf16Odd }).records.institutions.map((r) => r.name)).toEqual(["Alpha"]);
    // UTF-16 without its BOM is valid UTF-8 full of NULs: the header is not recognised, and says so.
    expect(readHostile({ "institutions.csv": Buffer.from("id,name\na,Alpha\n", "utf16le") }).problems).toEqual([expect.stringMatching(/^institutions\.csv:1: missing required column name/)]);
    expect(readHostile({ "institutions.csv": "id,name\na,Al\u0000pha\u001b[31m\n" }).records.institutions.map((r) => r.name)).toEqual(["Al\u0000pha\u001b[31m"]);
  });

  it("keeps injection strings that are valid values exactly as written", () => {
    const quoted = (value: string) => `"${value.replace(/"/g, '""')}"`;
    const csv = ["id,name,aliases,note", ...hostileValues.map((value, i) => `h${i},${quoted(value)},${quoted(`${value}|alias ${i}`)},${quoted(value)}`)].join("\n");
    const result = readHostile({ "institutions.csv": csv });
    expect(result.problems).toEqual([]);
    // Values are trimmed like every cell; none of these start or end with a space.
    expect(result.records.institutions.map((r) => [r.name, r.aliases, r.note])).toEqual(hostileValues.map((value, i) => [value, [value, `alias ${i}`], value]));
    const json = readHostile({ "records.json": JSON.stringify({ institutions: hostileValues.map((name, i) => ({ id: `h${i}`, name })) }) });
    expect(json.records.institutions.map((r) => r.name)).toEqual(hostileValues);
  });

  it("refuses a javascript: URL as a source's url", () => {
    const result = readHostile({ "sources.csv": "id,url\ns1,javascript:alert(1)\ns2,https://example.org/a\n" });
    expect(result.problems).toEqual([expect.stringMatching(/^sources\.csv:2: url "javascript:alert\(1\)" /)]);
  });
});

describe("JSON built to break the reader", () => {
  const deep = (n: number, open: string, close: string, inner = "1") => `${open.repeat(n)}${inner}${close.repeat(n)}`;

  it("refuses 100,000 levels of nesting wherever they are, naming the place", () => {
    expect(readHostile({ "records.json": deep(100_000, "[", "]") }).problems).toEqual([expect.stringMatching(/^records\.json:1: must be an object/)]);
    expect(readHostile({ "records.json": `{"institutions":${deep(100_000, "[", "]")}}` }).problems).toEqual(["records.json:institutions[0]: must be an object"]);
    expect(readHostile({ "records.json": `{"institutions":[{"id":"a","name":${deep(100_000, "[", "]")}}]}` }).problems).toEqual([
      "records.json:institutions[0].name[0]: must be a string or a number, not a list or an object",
    ]);
    expect(readHostile({ "records.json": `{"institutions":[{"id":"a","name":"A","aliases":["x",${deep(100_000, '{"a":', "}")}]}]}` }).problems).toEqual([
      "records.json:institutions[0].aliases[1]: must be a string or a number, not a list or an object",
    ]);
    expect(readHostile({ "records.json": `{"institutions":[{"id":"a","name":${deep(100_000, '{"a":', "}")}}]}` }).problems).toEqual([
      "records.json:institutions[0].name: must be a string, a number or a list of strings",
    ]);
  });

  it("says where a cut-off file stops being JSON", () => {
    const problems = readHostile({ "records.json": `{\n"institutions": [\n{"id": "a", "name": "Al` }).problems;
    expect(problems).toEqual([expect.stringMatching(/^records\.json:3: not valid JSON/)]);
  });

  it("treats __proto__ and constructor keys as data, not as the object's prototype", () => {
    const result = readHostile({ "records.json": '{"institutions":[{"id":"a","name":"A","__proto__":["x"],"constructor":"y"}]}' });
    expect(result.problems).toEqual([]);
    expect(result.records.institutions.map((r) => r.name)).toEqual(["A"]);
    expect(Object.getPrototypeOf(result.records.institutions[0])).toBe(Object.prototype);
  });
});

describe("articles built to break the extractor", () => {
  it("refuses a 5 MB file and text beyond a press release's length at once, by file", () => {
    const started = performance.now();
    const result = readHostile({ "huge.txt": "Xi'an University of Technology and Huawei signed a joint lab agreement. ".repeat(70_000) });
    expect(result.problems).toEqual([expect.stringMatching(/^huge\.txt:1: is 5,040,000 bytes; an article file is at most 4,000,000/)]);
    const long = readHostile({ "long.md": `${"Alpha College and Beta Co., Ltd. signed an agreement. ".repeat(Math.ceil(maxArticleChars / 50))}` });
    expect(long.problems).toEqual([expect.stringMatching(/^long\.md:1: has [\d,]+ characters of text; an article is at most 200,000/)]);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it("reads pathological pages within seconds: deep tags, endless header lines, one huge word", () => {
    const deep = readHostile({ "deep.html": `<html>\n${"<div>".repeat(100_000)}Alpha College and Beta Co., Ltd. signed an agreement.` });
    expect(deep.problems).toEqual(["deep.html:2: elements nested more than 5,000 deep (is it a press release page?)"]);
    readHostile({ "header.txt": `source: ${"a ".repeat(50_000)}\ntime: ${"2025-".repeat(20_000)}\nAlpha College signed with Beta Co., Ltd.` });
    readHostile({ "word.txt": "x".repeat(190_000) });
    readHostile({ "zh.txt": "与".repeat(100_000) });
    readHostile({ "dots.txt": "A. ".repeat(60_000) });
    readHostile({ "caps.txt": "Alpha Beta Gamma University ".repeat(6_000) });
  });

  it("keeps a script out of the text and a javascript: URL out of the source", () => {
    const html = `<html><head><meta property="og:url" content="javascript:alert(1)"><title>T</title></head><body><p>${seedHtml.toString()}</p><img src=x onerror=alert(1)></body></html>`;
    const result = readHostile({ "release.html": html, "release.md": "---\nurl: javascript:alert(1)\n---\nAlpha College signed with Beta Co., Ltd.\n" });
    expect(result.problems).toEqual([]);
    expect(result.records.sources.map((s) => s.url)).toEqual([undefined, undefined]);
  });
});
