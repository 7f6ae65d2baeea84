/**
 * Saves `blob` as `filename` through a temporary `<a download>`: the browser's own download,
 * no new window. The object URL is revoked a little later, once the download has taken it.
 */
export function triggerDownload(blob: Blob, filename: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** A file name from words: lower case, ASCII letters, digits and dashes only ("timeline-new-by-type-2017-2025"). */
export function fileSlug(...parts: readonly (string | number | null | undefined)[]): string {
  return parts
    .filter((part) => part !== null && part !== undefined && part !== '')
    .map((part) => String(part).toLowerCase().replace(/[^a-z0-9]+/g, '-'))
    .join('-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}
