import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, randomLcg, select, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3';
import { displayName } from '../i18n/display-name';
import type { OrgProfile } from './org-profile-query';
import { t } from './org-profile-messages';

/** At most this many organisations are drawn: the profile's own and its strongest partners. */
export const EGO_NODE_LIMIT = 200;
const TICKS = 300;
const SEED = 0.4217;

const COLOUR: Readonly<Record<string, string>> = {
  Institution: '#1f5fa8',
  Enterprise: '#b35900',
  Government: '#2f7d32',
};

interface EgoNode extends SimulationNodeDatum {
  readonly id: string;
  readonly name: string;
  readonly nameZh: string | null;
  readonly label: string;
  readonly weightedDegree: number;
  readonly focal: boolean;
  readonly radius: number;
}

export interface EgoLayout {
  readonly nodes: readonly EgoNode[];
  readonly links: readonly { source: EgoNode; target: EgoNode; weight: number }[];
  readonly total: number;
}

/**
 * The ego network laid out once, synchronously, with seeded randomness: the same answer is always
 * drawn the same way. Beyond the limit, the partners with the most agreements are kept.
 */
export function layoutEgoNetwork(network: OrgProfile['egoNetwork'], focalId: string): EgoLayout {
  const ranked = [...network.nodes].sort(
    (a, b) => Number(b.id === focalId) - Number(a.id === focalId) || b.weightedDegree - a.weightedDegree || (a.id < b.id ? -1 : 1),
  );
  const kept = ranked.slice(0, EGO_NODE_LIMIT);
  const maxWeight = Math.max(1, ...kept.map((node) => node.weightedDegree));
  const nodes: EgoNode[] = kept.map((node) => ({
    ...node,
    focal: node.id === focalId,
    radius: node.id === focalId ? 11 : 4 + 5 * Math.sqrt(node.weightedDegree / maxWeight),
  }));
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const links = network.links.flatMap((link) => {
    const source = byId.get(link.source);
    const target = byId.get(link.target);
    return source && target ? [{ source, target, weight: link.weight }] : [];
  });
  const simLinks: SimulationLinkDatum<EgoNode>[] = links.map((link) => ({ source: link.source, target: link.target }));
  const simulation = forceSimulation<EgoNode>(nodes)
    .randomSource(randomLcg(SEED))
    .force('link', forceLink<EgoNode, SimulationLinkDatum<EgoNode>>(simLinks).distance(90).strength(0.4))
    .force('charge', forceManyBody<EgoNode>().strength(-260))
    .force('collide', forceCollide<EgoNode>((node) => node.radius + 3))
    .force('x', forceX<EgoNode>(0).strength(0.06))
    .force('y', forceY<EgoNode>(0).strength(0.06))
    .stop();
  const focal = byId.get(focalId);
  if (focal) {
    focal.fx = 0;
    focal.fy = 0;
  }
  simulation.tick(TICKS);
  return { nodes, links, total: network.nodes.length };
}

/**
 * A small SVG of the organisation, its partners and the links among them. The organisation is
 * ringed and labelled; every other node is a link to its profile, reachable by Tab and Enter.
 */
export function renderEgoNetwork(
  parent: HTMLElement,
  network: OrgProfile['egoNetwork'],
  focalId: string,
  focalName: string,
  href: (id: string) => string,
  open: (href: string) => void,
): SVGSVGElement | null {
  const container = select(parent);
  if (network.nodes.length <= 1) {
    container.append('p').attr('class', 'status status-empty').attr('role', 'status').text(t('egoEmpty'));
    return null;
  }
  const layout = layoutEgoNetwork(network, focalId);
  // Names beside the organisation itself and its biggest partners; the rest in their tooltips.
  const labelled = new Set(
    [...layout.nodes]
      .filter((node) => !node.focal)
      .sort((a, b) => b.weightedDegree - a.weightedDegree)
      .slice(0, 12)
      .map((node) => node.id),
  );
  const hasLabel = (node: EgoNode) => node.focal || labelled.has(node.id);
  // The box holds the labels too: about one em per Chinese character, 0.6 em per Latin one.
  const labelWidth = (node: EgoNode) =>
    hasLabel(node) ? node.radius + 3 + [...displayName(node)].reduce((sum, char) => sum + (char.charCodeAt(0) > 0x2e80 ? 1 : 0.6), 0) * (node.focal ? 13 : 11) : node.radius;
  const pad = 16;
  const minX = Math.min(...layout.nodes.map((node) => (node.x ?? 0) - node.radius)) - pad;
  const minY = Math.min(...layout.nodes.map((node) => (node.y ?? 0) - node.radius)) - pad;
  const maxX = Math.max(...layout.nodes.map((node) => (node.x ?? 0) + labelWidth(node))) + pad;
  const maxY = Math.max(...layout.nodes.map((node) => (node.y ?? 0) + node.radius)) + pad;
  const width = maxX - minX;
  const height = maxY - minY;

  if (layout.total > layout.nodes.length) {
    container.append('p').attr('class', 'note').text(t('egoTruncated', { shown: layout.nodes.length, n: layout.total }));
  }
  const svg = container
    .append('svg')
    .attr('class', 'ego-network')
    .attr('data-testid', 'ego-network')
    .attr('xmlns', 'http://www.w3.org/2000/svg')
    .attr('viewBox', `${minX} ${minY} ${width} ${height}`)
    .attr('width', Math.min(900, Math.max(480, width * 1.4)))
    .attr('role', 'img')
    .attr('aria-label', t('egoLabel', { name: focalName, n: layout.nodes.length - 1 }));
  svg.append('rect').attr('x', minX).attr('y', minY).attr('width', width).attr('height', height).attr('fill', '#ffffff');
  svg
    .append('g')
    .attr('stroke', '#9aa4b1')
    .attr('stroke-opacity', 0.7)
    .selectAll('line')
    .data(layout.links)
    .join('line')
    .attr('x1', (link) => link.source.x ?? 0)
    .attr('y1', (link) => link.source.y ?? 0)
    .attr('x2', (link) => link.target.x ?? 0)
    .attr('y2', (link) => link.target.y ?? 0)
    .attr('stroke-width', (link) => Math.min(4, 0.8 + 0.6 * link.weight));

  const nodes = svg
    .append('g')
    .selectAll('g')
    .data(layout.nodes)
    .join((enter) => enter.append((node) => document.createElementNS('http://www.w3.org/2000/svg', node.focal ? 'g' : 'a')))
    .attr('class', (node) => (node.focal ? 'ego-node ego-focal' : 'ego-node'))
    .attr('transform', (node) => `translate(${node.x ?? 0},${node.y ?? 0})`);
  const partners = nodes.filter((node) => !node.focal);
  partners
    .attr('href', (node) => href(node.id))
    .attr('data-testid', 'ego-partner')
    .attr('aria-label', (node) => t('egoNode', { name: displayName(node) }))
    .on('click', (event: MouseEvent, node) => {
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      open(href(node.id));
    });
  nodes
    .append('circle')
    .attr('r', (node) => node.radius)
    .attr('fill', (node) => COLOUR[node.label] ?? '#6b7280')
    .attr('stroke', (node) => (node.focal ? '#1b1f24' : '#ffffff'))
    .attr('stroke-width', (node) => (node.focal ? 3 : 1));
  nodes.append('title').text((node) => displayName(node));
  nodes
    .filter(hasLabel)
    .append('text')
    .attr('x', (node) => node.radius + 3)
    .attr('y', 4)
    .attr('font-size', (node) => (node.focal ? 13 : 11))
    .attr('font-weight', (node) => (node.focal ? 700 : 400))
    .attr('fill', '#1b1f24')
    .attr('paint-order', 'stroke')
    .attr('stroke', '#ffffff')
    .attr('stroke-width', 3)
    .text((node) => displayName(node));
  container.append('p').attr('class', 'note').text(t('egoHelp'));
  return svg.node();
}
