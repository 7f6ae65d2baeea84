import { findDates, vagueTime } from "./dates.ts";
import type { Sentence } from "./sentences.ts";
import type { TextLine } from "./text-lines.ts";

/**
 * The dateline: ArticleText.publishedOn, or the first full date of a header line
 * (发布时间：2025-03-22, 2025-05-06 来源：…) when the article reader left it out.
 */
export function datelineOf(text: string, lines: TextLine[], publishedOn?: string): string | undefined {
  if (publishedOn) return publishedOn;
  for (const line of lines) {
    if (!line.boilerplate) continue;
    const full = findDates(text.slice(line.start, line.end)).find((d) => d.full);
    if (full) return full.date;
  }
  return undefined;
}

/**
 * The date of the event each sentence reports. A sentence with a date sets it; later sentences
 * (会上, 随后, 同日, 当天) keep it; 近日/日前 says the date is not known, until another date is
 * given. Month-day dates take their year from the dateline, or else from a full date in the text.
 */
export function eventDates(sentences: Sentence[], dateline: string | undefined): (string | undefined)[] {
  const fallbackYear = dateline
    ? undefined
    : sentences.map((s) => findDates(s.text).find((d) => d.full)).find((d) => d !== undefined)?.date.slice(0, 4);
  let current: string | undefined;
  const dated = sentences.map((sentence) => {
    // "2020-07-17 08:26": a date with its clock time stamps the page's publication, not an event.
    const dates = findDates(sentence.text, dateline, fallbackYear ? Number(fallbackYear) : undefined).filter((d) => !/^\s*\d{1,2}:\d{2}/.test(sentence.text.slice(d.index + d.length)));
    // "7月11日讯 …，7月9日下午，…签订": a news dateline (日讯, 日电) says when it was reported; a
    // date of the sentence's own is when it happened.
    const own = dates.find((d) => !/^[讯电]/.test(sentence.text.slice(d.index + d.length))) ?? dates[0];
    if (own) current = own.date;
    else if (vagueTime.test(sentence.text)) current = undefined;
    return current;
  });
  // A headline reports the article's event: it happened on the first day the body gives, unless
  // the body says only 近日 or 日前 before that day.
  const first = dated.findIndex((date) => date !== undefined);
  if (first > 0 && !sentences.slice(0, first).some((s) => vagueTime.test(s.text))) {
    for (let i = 0; i < first && isHeadline(sentences[i]!, sentences); i++) dated[i] = dated[first];
  }
  return dated;
}

/** A line of its own that does not end as a sentence does: the article's title above the body. */
function isHeadline(sentence: Sentence, sentences: Sentence[]): boolean {
  return sentences.filter((s) => s.paragraph === sentence.paragraph).length === 1 && !/[。！？!?；;]$/.test(sentence.text) && sentence.text.length <= 60;
}
