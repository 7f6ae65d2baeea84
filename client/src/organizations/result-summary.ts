import { formatCount } from '../format/format-count';

function organisations(count: number): string {
  return `${formatCount(count)} ${count === 1 ? 'organisation' : 'organisations'}`;
}

/** The line above the table saying how much of the list the filter lets through. */
export function resultSummary(shown: number, total: number): string {
  if (shown === total) return `Showing all ${organisations(total)}.`;
  return `Showing ${formatCount(shown)} of ${organisations(total)}.`;
}

/** Said instead of an empty table when the filter lets nothing through. */
export function noMatchMessage(filterText: string, typePlural: string | null): string {
  const text = filterText.trim();
  const what = typePlural === null ? 'organisations' : typePlural.toLowerCase();
  return text === '' ? `There are no ${what} in the database yet.` : `No ${what} match “${text}”.`;
}
