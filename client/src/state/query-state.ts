// A view's state (filters, selections) lives in the URL's query string, so a
// view can be bookmarked, shared, and restored by the back button. A view
// describes its state once as a schema of parameters; these helpers read it
// from and write it to the query string, leaving parameters they don't know
// alone.

/** How one query-string parameter maps to a typed value and back. */
export interface QueryParam<T> {
  /** `raw` is null when the parameter is absent. Never throws: junk gives the default. */
  parse(raw: string | null): T;
  /** null removes the parameter (the default needs no space in the URL). */
  format(value: T): string | null;
}

export type QuerySchema<S> = { readonly [K in keyof S]: QueryParam<S[K]> };

/** Free text; absent and empty are the same. */
export const textParam: QueryParam<string> = {
  parse: (raw) => raw ?? '',
  format: (value) => (value === '' ? null : value),
};

/** One of a fixed set of values, or null for "no choice" (absent or unknown). */
export function enumParam<T extends string>(values: readonly T[]): QueryParam<T | null> {
  const isValue = (raw: string | null): raw is T => raw !== null && (values as readonly string[]).includes(raw);
  return {
    parse: (raw) => (isValue(raw) ? raw : null),
    format: (value) => value,
  };
}

export function parseQueryState<S>(search: string, schema: QuerySchema<S>): S {
  const params = new URLSearchParams(search);
  const state = {} as S;
  for (const key of Object.keys(schema) as (keyof S & string)[]) {
    state[key] = schema[key].parse(params.get(key));
  }
  return state;
}

/** The query string (`''` or `?…`) after applying `changes`; other parameters are kept. */
export function formatQueryState<S>(search: string, schema: QuerySchema<S>, changes: Partial<S>): string {
  const params = new URLSearchParams(search);
  for (const key of Object.keys(changes) as (keyof S & string)[]) {
    if (!(key in schema)) continue;
    const formatted = schema[key].format(changes[key] as S[typeof key]);
    if (formatted === null) params.delete(key);
    else params.set(key, formatted);
  }
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

/** The view's state as the current URL has it. */
export function readQueryState<S>(schema: QuerySchema<S>): S {
  return parseQueryState(window.location.search, schema);
}

/**
 * Writes changes into the current URL without adding a history entry:
 * typing in a filter box should not make the back button replay every key.
 */
export function replaceQueryState<S>(schema: QuerySchema<S>, changes: Partial<S>): void {
  const { pathname, search, hash } = window.location;
  const nextSearch = formatQueryState(search, schema, changes);
  if (nextSearch === search) return;
  window.history.replaceState(window.history.state, '', `${pathname}${nextSearch}${hash}`);
}
