import { organizationsLanguage, t } from './organization-messages';

/** The line above the table saying how much of the list the filter lets through. */
export function resultSummary(shown: number, total: number): string {
  if (shown === total) return total === 1 ? t('showingAllOne') : t('showingAll', { n: total });
  return total === 1 ? t('showingSomeOne', { shown }) : t('showingSome', { shown, n: total });
}

/** Said instead of an empty table when the filter lets nothing through. */
export function noMatchMessage(filterText: string, typePlural: string | null): string {
  const text = filterText.trim();
  const plural = typePlural ?? t('organisations');
  const what = organizationsLanguage() === 'en' ? plural.toLowerCase() : plural;
  return text === '' ? t('noneYet', { what }) : t('noMatch', { what, text });
}
