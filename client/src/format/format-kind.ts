// Kind codes in the model that are abbreviations rather than words.
const ABBREVIATIONS = new Set(['soe']);

/**
 * Turns a stored kind code (`vocational_college`, `soe`) into words for a
 * table cell: "Vocational college", "SOE". Unknown codes still read sensibly,
 * since ingest may bring kinds this list has never seen.
 */
export function formatKind(kind: string | null | undefined): string {
  const code = kind?.trim() ?? '';
  if (code === '') return '';
  if (ABBREVIATIONS.has(code.toLowerCase())) return code.toUpperCase();
  const words = code.replace(/[_-]+/g, ' ').replace(/\s+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
