import type { RecordFileName } from "../../model/index.ts";
import { describeRegionCode } from "../../regions/index.ts";
import type { Catalogue, Formatter, Fragment, GivenText, Locale, Message, MessageCode, MessageValue, MessageValues, Template, ValueFormat } from "./codes.ts";
import { en } from "./en.ts";
import { vocabularies } from "./vocabulary.ts";
import { zh } from "./zh.ts";

const catalogues: Readonly<Record<Locale, Catalogue>> = { en, zh };

/** Values may be left out of a code whose values are all optional or none. */
type ValuesArgument<C extends MessageCode> = Record<string, never> extends MessageValues[C] ? [values?: MessageValues[C]] : [values: MessageValues[C]];

/** A message without a place, to stand in another message's values. */
export function fragment<C extends MessageCode>(code: C, ...[values]: ValuesArgument<C>): Fragment<C> {
  return { code, values: values ?? {} } as Fragment<C>;
}

/** A problem or a note at a place (formatOrigin's file:line, file:sheet:row, file:path; a file or a table; "" for none). */
export function message<C extends MessageCode>(where: string, code: C, ...[values]: ValuesArgument<C>): Message<C> {
  return { where, code, values: values ?? {} } as Message<C>;
}

/** A value as a message quotes it: itself, or its start and its length when it is long (a 5 MB cell echoed whole would bury every other problem). */
export function given(value: string, max = 80): GivenText {
  const chars = [...value];
  return chars.length <= max ? value : fragment("excerpt", { start: chars.slice(0, max).join(""), length: chars.length });
}

const joiners = new Set<ValueFormat>(["or", "semi"]);

/** A value shown in a language: a list joined, a fragment worded, a string or a number as the formats say. */
function show(value: MessageValue, formats: readonly ValueFormat[], locale: Locale): string {
  const words = vocabularies[locale];
  if (value === undefined) return "";
  if (Array.isArray(value)) {
    const items = (value as readonly MessageValue[]).map((item) => show(item, formats.filter((format) => !joiners.has(format)), locale));
    return formats.includes("or") ? words.or(items) : formats.includes("semi") ? words.semi(items) : words.list(items);
  }
  if (typeof value === "object") return wording(value as Fragment, locale);
  if (typeof value === "number") return formats.includes("count") ? words.count(value) : String(value);
  let text: string = value;
  for (const format of formats) {
    if (format === "field") text = words.field(text);
    else if (format === "kind") text = words.kind(text as never);
    else if (format === "label") text = words.label(text as never);
    else if (format === "aLabel") text = words.aLabel(text as never);
    else if (format === "noun") text = words.noun(text as never);
    else if (format === "agreementType") text = words.agreementType(text);
    else if (format === "region") text = describeRegionCode(text, locale);
    else if (format === "quoted") text = words.quoted(text);
  }
  return text;
}

/** A fragment's (or a message's) words in a language, without its place. */
export function wording(item: Fragment | Message, locale: Locale): string {
  const template = catalogues[locale][item.code] as Template<unknown>;
  const formatter: Formatter = { locale, show: (value, ...formats) => show(value, formats, locale) };
  if (typeof template === "function") return template(item.values, formatter);
  const values = item.values as Readonly<Record<string, MessageValue>>;
  return template.replace(/\{(\w+)((?::\w+)*)\}/g, (whole, name: string, formats: string) =>
    name in values ? show(values[name], formats.split(":").filter(Boolean) as ValueFormat[], locale) : whole,
  );
}

/** "file:sheet:row: what is wrong and what to do", in a language; the words alone when it has no place. */
export function renderMessage(item: Message, locale: Locale): string {
  const text = wording(item, locale);
  return item.where === "" ? text : `${item.where}: ${text}`;
}

/** A message as programs read it: its place, code and values, and its words in a language. */
export interface MessageDetail {
  where: string;
  code: MessageCode;
  values: Message["values"];
  message: string;
}

export function messageDetail(item: Message, locale: Locale): MessageDetail {
  return { where: item.where, code: item.code, values: item.values, message: wording(item, locale) };
}

/** Messages as text in a language, each "where: words". */
export function renderMessages(items: readonly Message[], locale: Locale): string[] {
  return items.map((item) => renderMessage(item, locale));
}

/** A kind of record as messages in a language name it: enterprises, 企业. */
export function kindName(kind: RecordFileName, locale: Locale): string {
  return vocabularies[locale].kind(kind);
}

/** Whether a text is a language this project words its messages in. */
export function isLocale(value: unknown): value is Locale {
  return value === "en" || value === "zh";
}
