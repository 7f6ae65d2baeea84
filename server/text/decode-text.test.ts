import { describe, expect, it } from "vitest";
import { decodeText } from "./decode-text.ts";

// 西安理工大学 in GB18030 (the bytes Excel on a Chinese Windows writes).
const gbkBytes = Uint8Array.from([0xce, 0xf7, 0xb0, 0xb2, 0xc0, 0xed, 0xb9, 0xa4, 0xb4, 0xf3, 0xd1, 0xa7]);

describe("decodeText", () => {
  it("reads UTF-8 with and without a BOM", () => {
    const utf8 = new TextEncoder().encode("名称,所在地");
    expect(decodeText(utf8)).toEqual({ text: "名称,所在地", encoding: "utf-8" });
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text: "名称,所在地", encoding: "utf-8" });
  });

  it("falls back to GB18030 for text that is not UTF-8", () => {
    expect(decodeText(gbkBytes)).toEqual({ text: "西安理工大学", encoding: "gb18030" });
  });

  it("reads UTF-16 with its BOM", () => {
    const text = "id,名称";
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    [...text].forEach((char, i) => {
      bytes[2 + i * 2] = char.charCodeAt(0) & 0xff;
      bytes[3 + i * 2] = char.charCodeAt(0) >> 8;
    });
    expect(decodeText(bytes)).toEqual({ text, encoding: "utf-16le" });
  });
});
