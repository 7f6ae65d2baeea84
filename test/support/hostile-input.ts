import type { Random } from "../../server/random.ts";

/**
 * Values that must pass through ingest untouched: they are data, never code, in Cypher or in a
 * page. Every one is a valid name, alias or note (no leading or trailing space: cells are trimmed).
 */
export const hostileValues = [
  "x'}) MATCH (n) DETACH DELETE n //",
  'x"}) MATCH (n) DETACH DELETE n //',
  "\\u0027}) RETURN 1 //",
  "`Organization` $param {id: $id}",
  "$rows; CALL apoc.cypher.runWrite('MATCH (n) DETACH DELETE n', {})",
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "javascript:alert(document.cookie)",
  "Robert'); DROP TABLE students;--",
  "\u202eevil\u202c and \u200bzero-width",
  "{{constructor.constructor('alert(1)')()}}",
];

/** Characters that have broken parsers and terminals: NUL, bell, an ANSI escape, DEL, Unicode line separators, a stray BOM. */
export const controlChars = ["\u0000", "\u0001", "\u0007", "\u001b[31m", "\u007f", "\u2028", "\u2029", "\ufeff", "\ufffd", "\r", "\t"];

/** One random change to a file's bytes: the kinds of damage files get on the way to us. */
function mutate(random: Random, input: Uint8Array): Uint8Array {
  const bytes = Buffer.from(input);
  const at = random.int(0, bytes.length);
  const insert = (extra: Uint8Array) => Buffer.concat([bytes.subarray(0, at), extra, bytes.subarray(at)]);
  switch (random.int(0, 10)) {
    case 0: {
      const out = Buffer.from(bytes);
      for (let i = random.int(1, 8); i > 0 && out.length > 0; i--) out[random.int(0, out.length - 1)] = random.int(0, 255);
      return out;
    }
    case 1:
      return insert(Buffer.from(Array.from({ length: random.int(1, 32) }, () => random.int(0, 255))));
    case 2:
      return insert(Buffer.from(random.pick(hostileValues)));
    case 3:
      return insert(Buffer.from(random.pick(controlChars).repeat(random.int(1, 4))));
    case 4:
      return bytes.subarray(0, at);
    case 5: {
      const from = random.int(0, bytes.length);
      const slice = bytes.subarray(from, Math.min(bytes.length, from + random.int(1, 64)));
      return insert(Buffer.concat(Array.from({ length: random.int(2, 2_000) }, () => slice)));
    }
    case 6:
      return Buffer.concat([random.pick([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from([0xff, 0xfe]), Buffer.from([0xfe, 0xff])]), bytes]);
    case 7:
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(bytes.toString("utf8"), "utf16le")]);
    case 8:
      return Buffer.concat([bytes.subarray(0, at), bytes.subarray(Math.min(bytes.length, at + random.int(1, 40)))]);
    case 9:
      return insert(Buffer.from(random.pick(['"', '""', ",", "\n", "\r\n", "|", "{", "[", "]", "}", "\\", "'", "<", "-->"]).repeat(random.int(1, 3))));
    default:
      // A GB18030 lead byte with nothing after it, or a UTF-8 sequence cut short.
      return insert(Buffer.from(random.pick([[0x81], [0xd6], [0xe4, 0xb8], [0xf0, 0x9f, 0x98], [0xc0, 0xaf], [0xed, 0xa0, 0x80]])));
  }
}

export function mutated(random: Random, input: Uint8Array): Uint8Array {
  let bytes = input;
  for (let i = random.int(1, 3); i > 0; i--) bytes = mutate(random, bytes);
  return bytes;
}

