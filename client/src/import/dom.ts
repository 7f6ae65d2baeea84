/** Attributes of an element made by h(): strings set as attributes; false or null leave one out. */
export type Attributes = Readonly<Record<string, string | number | boolean | null | undefined>>;

/**
 * An element with attributes and children. Children that are strings go in as text, never as
 * markup: file names, headers and cell values come from people's files.
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: (Node | string | null | undefined | false)[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) if (child !== null && child !== undefined && child !== false) element.append(child);
  return element;
}

/** A file size as people read it: 812 B, 34 KB, 2.4 MB. */
export function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

/** An element id safe to build from data. */
export function domId(...parts: readonly string[]): string {
  return parts.join('-').replace(/[^A-Za-z0-9_-]/g, (character) => `_${character.codePointAt(0)!.toString(36)}`);
}

/**
 * Gives each body cell its column's heading as `data-label`, and the table the `stacked` class: on a
 * phone's width the stylesheet shows each row as a card of labelled lines instead of columns too
 * narrow to read.
 */
export function stacked(table: HTMLTableElement): HTMLTableElement {
  const headings = [...table.querySelectorAll('thead th')].map((cell) => cell.textContent ?? '');
  for (const row of table.querySelectorAll('tbody tr')) {
    [...row.children].forEach((cell, i) => {
      if (headings[i]) cell.setAttribute('data-label', headings[i]!);
    });
  }
  table.classList.add('stacked');
  return table;
}
