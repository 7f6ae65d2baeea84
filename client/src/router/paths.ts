// Builders for the dashboard's own URLs, so no view hand-assembles a path.

/** `/org/<id>`, with the id escaped: ids come from data and may hold `/` or `?`. */
export function orgPath(id: string): string {
  return `/org/${encodeURIComponent(id)}`;
}
