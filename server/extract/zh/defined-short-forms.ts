import { leadingRegionRun } from "./region-names.ts";
import { isShortFormOf } from "./short-forms.ts";

/**
 * Short forms an article defines right after a name: 上海理工大学（以下简称“上理工”）,
 * 上海蔚来汽车有限公司(以下简称“蔚来汽车”), （简称“X”）, （下称X）. The definition says which
 * characters the name holds, so a name cut short at a word inside it (the 来 of 蔚来 reads as
 * "come") reaches back to them, there and wherever else the article writes the name.
 */

const definition = /^\s*[（(]\s*(?:以下|下文|下)?(?:简称|称)\s*[为:：]?\s*[“"「『]?([\p{Script=Han}A-Za-z0-9]{2,10}?)[”"」』]?\s*[）)]/u;

const definitions = new RegExp(definition.source.slice(1), "gu");
let memo: { text: string; shorts: string[] } | undefined;

/** Every short form the article defines, wherever it is: the name may be written before its definition (a headline). */
export function definedShortForms(text: string): string[] {
  if (memo?.text !== text) memo = { text, shorts: [...new Set([...text.matchAll(definitions)].map((m) => m[1]!))] };
  return memo.shorts;
}

/** Characters that cannot be inside a name read back over: punctuation, spaces, conjunctions. */
const outsideName = /[\s，,。；;：:、（()）“”"《》与和同及在]/u;

/**
 * The start of the name text[start, end) once it holds the first character of its defined short
 * form, with the places written before that (上海 of 上海蔚来汽车有限公司); `start` itself when
 * the name holds it already, or when reading back would cross a word boundary or not make the
 * short form one of the name's.
 */
export function startHoldingShortForm(text: string, start: number, end: number, short: string, limit = 0): number {
  if (text.slice(start, end).includes(short[0]!)) return start;
  let at = start - 1;
  while (at >= Math.max(limit, start - 8) && text[at] !== short[0] && !outsideName.test(text[at]!)) at--;
  if (at < Math.max(limit, start - 8) || text[at] !== short[0] || !isShortFormOf(short, text.slice(at, end))) return start;
  for (let from = Math.max(limit, at - 9); from < at; from++) {
    if (outsideName.test(text.slice(from, at))) continue;
    if (leadingRegionRun(text.slice(from, end)).prefix.length === at - from) return from;
  }
  return at;
}
