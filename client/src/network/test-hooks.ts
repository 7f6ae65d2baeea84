// Hooks for the browser tests and benchmarks. They exist only when the test sets
// `window.__atlasTestHooks` before the page loads (playwright's addInitScript), so users never
// meet them: `?synthetic=N` loads a made-up network of N nodes, and the page says where a node is.

declare global {
  interface Window {
    __atlasTestHooks?: boolean;
    /** Page coordinates (CSS pixels) of a node's centre, or null when it is not drawn. */
    __atlasNodeScreenPosition?: (id: string) => { x: number; y: number } | null;
  }
}

export function testHooksEnabled(): boolean {
  return typeof window !== 'undefined' && window.__atlasTestHooks === true;
}

/** The synthetic network size the URL asks for, when test hooks are on; null otherwise. */
export function syntheticSize(search: string = window.location.search): number | null {
  if (!testHooksEnabled()) return null;
  const raw = new URLSearchParams(search).get('synthetic');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  const size = Number(raw);
  return size >= 1 && size <= 20_000 ? size : null;
}

/** Installs the node-position hook (test hooks only); returns its removal. */
export function installNodePositionHook(position: (id: string) => { x: number; y: number } | null): () => void {
  if (!testHooksEnabled()) return () => {};
  window.__atlasNodeScreenPosition = position;
  return () => {
    if (window.__atlasNodeScreenPosition === position) delete window.__atlasNodeScreenPosition;
  };
}
