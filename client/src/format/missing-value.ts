/** What a cell shows when the source did not state a value. */
export const MISSING_VALUE = '—';

export function orMissing(value: string | null | undefined): string {
  const text = value?.trim() ?? '';
  return text === '' ? MISSING_VALUE : text;
}
