// One formatter for the whole dashboard, so counts group digits the same way
// everywhere (12,345) whatever the browser's locale.
const countFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

export function formatCount(value: number): string {
  return Number.isFinite(value) ? countFormat.format(value) : '—';
}
