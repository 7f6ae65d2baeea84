import { randomLcg } from 'd3';
import type { NetworkData, NetworkLinkData, NetworkNodeData } from './network-query';

const LABELS = ['Institution', 'Enterprise', 'Enterprise', 'Institution', 'Government'] as const;
const PROVINCES = ['110000', '310000', '320000', '330000', '370000', '440000', '510000', '610000', '420000', '500000'];

/**
 * A made-up network of `count` organisations for benchmarks (the sample data has too few):
 * communities of varied size, about two and a half links per node, most inside a community,
 * hubs by preferential attachment. The same count and seed give the same network.
 */
export function syntheticNetwork(count: number, seed = 7): NetworkData {
  const random = randomLcg(seed);
  const communityOf = new Int32Array(count);
  let community = 0;
  let left = 0;
  for (let i = 0; i < count; i += 1) {
    if (left === 0) {
      community += i === 0 ? 0 : 1;
      left = 5 + Math.floor(random() * 60);
    }
    communityOf[i] = community;
    left -= 1;
  }
  const links: NetworkLinkData[] = [];
  const seen = new Set<number>();
  const degree = new Uint32Array(count);
  const ends: number[] = [];
  const add = (a: number, b: number) => {
    if (a === b) return;
    const key = a < b ? a * count + b : b * count + a;
    if (seen.has(key)) return;
    seen.add(key);
    degree[a]! += 1;
    degree[b]! += 1;
    ends.push(a, b);
    links.push({ source: `syn-${a}`, target: `syn-${b}`, weight: 1 + Math.floor(random() * random() * 4) });
  };
  for (let i = 1; i < count; i += 1) {
    const per = 1 + Math.floor(random() * 3);
    for (let j = 0; j < per; j += 1) {
      // Preferential attachment: an end of an existing link is picked in proportion to degree.
      const pick = ends.length > 0 && random() < 0.6 ? ends[Math.floor(random() * ends.length)]! : Math.floor(random() * i);
      const sameCommunity = random() < 0.85;
      if (sameCommunity && communityOf[pick] !== communityOf[i]) {
        let local = i - 1 - Math.floor(random() * 30);
        if (local < 0 || communityOf[local] !== communityOf[i]) local = i - 1;
        add(i, Math.max(0, local));
      } else add(i, pick);
    }
  }
  let maxDegree = 1;
  for (let i = 0; i < count; i += 1) maxDegree = Math.max(maxDegree, degree[i]!);
  const nodes: NetworkNodeData[] = Array.from({ length: count }, (_, i) => ({
    id: `syn-${i}`,
    name: `Synthetic organisation ${i}`,
    nameZh: `合成机构 ${i}`,
    label: LABELS[i % LABELS.length]!,
    kind: null,
    regionCode: PROVINCES[communityOf[i]! % PROVINCES.length]!,
    degree: degree[i]!,
    weightedDegree: degree[i]!,
    betweenness: Math.pow(degree[i]! / maxDegree, 2) * 0.1 * random(),
    community: communityOf[i]!,
  }));
  nodes.sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : 1));
  return { nodes, links, truncated: false, totalNodes: count, totalLinks: links.length };
}
