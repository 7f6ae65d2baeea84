/**
 * Where a chain is judged (DESIGN.md, "Chains belong to their place"): a national chain everywhere,
 * a provincial or city chain only in regions that contain its place or lie inside it. Read off the
 * GB/T 2260 codes themselves (two digits of province, two of prefecture, two of county), so the
 * view can offer only those regions without asking the server.
 */
function significantPrefix(code: string): string {
  if (code.endsWith('0000')) return code.slice(0, 2);
  if (code.endsWith('00')) return code.slice(0, 4);
  return code;
}

/** Whether a chain with this place (none: national) is judged in `regionCode` ('' is the whole country). */
export function judgedIn(place: string | null | undefined, regionCode: string): boolean {
  if (!place || regionCode === '') return true;
  const a = significantPrefix(place);
  const b = significantPrefix(regionCode);
  return a.startsWith(b) || b.startsWith(a);
}
