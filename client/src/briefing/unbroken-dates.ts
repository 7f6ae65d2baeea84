const isoDate = /(\d{4}-\d{2}-\d{2})/;

/**
 * Sets an element's text with each ISO date in a span that does not wrap: a phone would
 * otherwise break "2025-" from "12-31". The text reads the same (textContent, innerText).
 */
export function setTextKeepingDates(element: HTMLElement, text: string): void {
  element.textContent = '';
  for (const part of text.split(isoDate)) {
    if (isoDate.test(part) && part.length === 10) {
      const date = element.ownerDocument.createElement('span');
      date.className = 'briefing-date';
      date.textContent = part;
      element.append(date);
    } else if (part !== '') element.append(part);
  }
}
