/** Each organisation's partners in an API network, both ways round: what the browser tests pick pairs from. */
export function neighbourSets(links: readonly { source: string; target: string }[]): Map<string, Set<string>> {
  const neighbours = new Map<string, Set<string>>();
  for (const { source, target } of links) {
    for (const [a, b] of [
      [source, target],
      [target, source],
    ] as const) {
      if (!neighbours.has(a)) neighbours.set(a, new Set());
      neighbours.get(a)!.add(b);
    }
  }
  return neighbours;
}
