/** Encodings record files arrive in: UTF-8 (with or without BOM), UTF-16 (Excel's "Unicode text"), GB18030/GBK (Excel in China). */
export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

/**
 * Decodes a file's bytes. A BOM decides; otherwise strict UTF-8 is tried first and GB18030 (a
 * superset of GBK and GB2312) is the fallback, because text that is not valid UTF-8 in practice
 * comes from Excel on a Chinese Windows. Node's full ICU provides the GB18030 decoder.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8" };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("gb18030").decode(bytes), encoding: "gb18030" };
  }
}
