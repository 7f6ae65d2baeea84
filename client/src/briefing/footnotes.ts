/** A source as the briefing lists it. */
export interface FootnoteSource {
  readonly id: string;
}

export interface Footnotes<S extends FootnoteSource> {
  /** The footnote numbers of a fact's sources, in citation order, each once; ids without a listed source are left out. */
  numbersOf(sourceIds: readonly string[]): number[];
  /** The listed sources in footnote order: number n is `ordered[n - 1]`. Sources nobody cites come last. */
  readonly ordered: readonly S[];
}

/**
 * Numbers the sources in the order they are first cited across the page: `citations` are the facts'
 * source lists in the order the page shows the facts. Only sources in `sources` get a number, so
 * every marker on the page resolves to an entry of the list.
 */
export function assignFootnotes<S extends FootnoteSource>(citations: readonly (readonly string[])[], sources: readonly S[]): Footnotes<S> {
  const byId = new Map(sources.map((source) => [source.id, source]));
  const numbers = new Map<string, number>();
  const ordered: S[] = [];
  const add = (source: S) => {
    if (numbers.has(source.id)) return;
    ordered.push(source);
    numbers.set(source.id, ordered.length);
  };
  for (const ids of citations) {
    for (const id of ids) {
      const source = byId.get(id);
      if (source !== undefined) add(source);
    }
  }
  for (const source of sources) add(source);
  return {
    numbersOf: (ids) => [...new Set(ids.map((id) => numbers.get(id)).filter((n): n is number => n !== undefined))],
    ordered,
  };
}
