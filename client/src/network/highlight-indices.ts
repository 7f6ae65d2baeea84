import type { Highlight } from './canvas-renderer';
import { linkKey, type GraphModel } from './graph-model';
import type { PathHighlight } from './path-highlight';

/** The selection, pins and path (by id) as node and link indices of the model drawn; ids not drawn are left out. */
export function highlightIndices(
  model: GraphModel | null,
  ids: { readonly selected: string | null; readonly pinned: readonly string[] },
  path: PathHighlight | null,
): Highlight {
  const indexOf = (id: string | null) => (id === null ? -1 : (model?.indexById.get(id) ?? -1));
  const pinned = new Set(ids.pinned.map(indexOf).filter((i) => i >= 0));
  let pathNodes: Set<number> | null = null;
  let pathLinks: Set<number> | null = null;
  if (model !== null && path !== null && path.hops !== null) {
    pathNodes = new Set([...path.nodeIds].map(indexOf).filter((i) => i >= 0));
    const lit = new Set<number>();
    model.links.forEach((link, i) => {
      if (path.linkKeys.has(linkKey(link.source, link.target))) lit.add(i);
    });
    pathLinks = lit;
  }
  return { hovered: -1, selected: indexOf(ids.selected), pinned, pathNodes, pathLinks };
}
