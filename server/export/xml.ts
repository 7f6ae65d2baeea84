/**
 * The two things every XML export needs: text with the characters XML 1.0 forbids taken out, and
 * text escaped for use in element content or a quoted attribute.
 */

/**
 * Characters XML 1.0 allows nowhere, not even written as `&#…;`: C0 controls other than tab, line
 * feed and carriage return, lone surrogates, U+FFFE and U+FFFF. With the `u` flag a surrogate
 * pair is one code point, so only lone halves fall outside the allowed ranges.
 */
const illegalXmlChars = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** `text` without the characters XML 1.0 forbids (they are dropped, not replaced). */
export function xmlSafe(text: string): string {
  return text.replace(illegalXmlChars, "");
}

const references: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  // Written as references so that they survive a parser: it turns tab and line breaks in
  // attribute values into spaces, and a carriage return anywhere into a line feed.
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

/** `text` made safe for element content and for attribute values in either kind of quotes. */
export function escapeXml(text: string): string {
  return xmlSafe(text).replace(/[&<>"'\t\n\r]/g, (char) => references[char] ?? char);
}
