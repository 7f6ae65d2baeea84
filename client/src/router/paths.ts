// Builders for the dashboard's own URLs, so no view hand-assembles a path.

/** `/org/<id>`, with the id escaped: ids come from data and may hold `/` or `?`. */
export function orgPath(id: string): string {
  return `/org/${encodeURIComponent(id)}`;
}

/**
 * `/api/gaps/<code>.xlsx?lang=…`: a region's gap list as a workbook, its headings and words in
 * the reader's language. Not a view: the browser downloads it.
 */
export function gapWorkbookPath(regionCode: string, language: 'en' | 'zh'): string {
  return `/api/gaps/${encodeURIComponent(regionCode)}.xlsx?lang=${language}`;
}
