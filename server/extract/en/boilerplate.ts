/**
 * Lines that are not the article: site navigation, copyright footers, tags, share bars. The
 * lead's cleaner removes most of them; the extractor checks again, because an organisation
 * named in a footer ("… belongs to China Daily Information Co") is never a party.
 */
const navigation = /(?:^|\s)(?:location|current location|current position|position|you are here)\s*[:：]|>>|^\s*home\s*[>›»]/i;
const footer =
  /copyright|all rights reserved|©|\bICP\b|registration number|this (?:web)?site|on this website|without (?:written )?authori[sz]ation|browsers? with|resolution is|please let us know|infringes? on your rights|reproduced without|contact us|privacy policy|\bsitemap\b/i;
const tagLine = /^\s*(?:tags?|keywords|share(?: to)?|related (?:news|articles|reading|links)|editor|responsible editor|previous(?: article| post| page)?|next(?: article| post| page)?|prev|last article|recommended|hot news|more news)\s*[:：]/i;
const shareBar = /^\s*(?:share|print|close|top|back|print this page|close window)(?:\s*[|/]\s*\w+)*\s*$/i;

export function isBoilerplateLine(line: string): boolean {
  return navigation.test(line) || tagLine.test(line) || shareBar.test(line) || (footer.test(line) && line.length < 400);
}

/** A sentence of footer inside a longer line ("… Copyright © 2025 … All Rights Reserved."). */
export function isBoilerplateSentence(sentence: string): boolean {
  return footer.test(sentence) || /\b[A-Z][a-z]? ?ICP\b|ICP (?:No|备)/.test(sentence);
}

/** A header line: dateline, source, publisher, view counter ("time:2025-05-06 View:1698"). */
const metaField = /(?:^|\s|\|)(?:time|date|source|publisher|release time|release date|updated|published|posted|publish(?:ed)? (?:on|time)|author|writer|views?|clicks?|hits|visits?|from|by)\s*[:：]/i;
const dateOnly = /^\s*(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$/;
const stackedDatePiece = /^\s*(?:\d{1,4}|-|\/)\s*$/;
const byline = /^\s*by\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*\s*(?:\||$)/;

export function isMetaLine(line: string): boolean {
  if (dateOnly.test(line) || stackedDatePiece.test(line) || byline.test(line)) return true;
  if (!metaField.test(line)) return false;
  // A long line with a colon is body text ("… said: …"); header lines are short.
  return line.length < 200;
}
