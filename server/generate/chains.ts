import { chainCatalogue, segmentTemplates, type ChainTemplate } from "./chain-catalogue.ts";
import type { Chain, Ids, Segment } from "./model.ts";
import type { Scope } from "./placement.ts";
import type { Random } from "../random.ts";
import type { Province } from "./regions.ts";
import type { Scale } from "./scales.ts";

/**
 * The dataset's industry chains: about a quarter national (open to enterprises anywhere), the rest
 * provincial, each in a province it is typical of (Shaanxi's aluminium–magnesium–molybdenum,
 * Sichuan's baijiu) or else a large one, spread so that provinces rarely hold two. Each has
 * `segmentsPerChain` segments in upstream → midstream → downstream order.
 */
export function buildChains(random: Random, scope: Scope, scale: Scale, ids: Ids): Chain[] {
  const total = scale.chains;
  if (total === 0) return [];
  const nationalCount = Math.round(total / 4);
  const national = random.shuffle(chainCatalogue.filter((t) => t.national)).slice(0, nationalCount);
  // Chains typical of a province in scope first, then the general ones (left-over national chains).
  const inScope = new Set(scope.provinces.map((p) => p.prefix));
  const typical = (t: ChainTemplate) => (t.provinces ?? []).some((p) => inScope.has(p));
  const rest = random.shuffle(chainCatalogue.filter((t) => !national.includes(t)));
  rest.sort((a, b) => Number(typical(b)) - Number(typical(a)) || Number(!b.provinces) - Number(!a.provinces));

  const chains: Chain[] = [];
  const held = new Map<Province, number>();
  const used = new Set<string>();
  for (const template of national) chains.push(makeChain(random, scale, ids, chains.length, template));
  // Round 0 keeps chains tied to a region (rare earth, baijiu) in their provinces; later rounds
  // place any chain anywhere, and only when a dataset asks for more chains than that allows.
  for (let round = 0; chains.length < total && round < 4; round++) {
    for (const template of rest) {
      if (chains.length >= total) break;
      const province = provinceFor(random, template, scope, held, used, round === 0);
      if (!province) continue;
      used.add(`${template.key}:${province.code}`);
      held.set(province, (held.get(province) ?? 0) + 1);
      chains.push(makeChain(random, scale, ids, chains.length, template, province));
    }
  }
  return chains;
}

function provinceFor(random: Random, template: ChainTemplate, scope: Scope, held: Map<Province, number>, used: Set<string>, strict: boolean): Province | undefined {
  const candidates = scope.provinces.filter((p) => !used.has(`${template.key}:${p.code}`));
  const typical = candidates.filter((p) => template.provinces?.includes(p.prefix));
  const pool = typical.length > 0 || (strict && template.provinces) ? typical : candidates;
  if (pool.length === 0) return undefined;
  // Spread: a province holding chains already is less likely to get another.
  return pool[random.weighted(pool.map((p) => p.enterpriseWeight / (1 + (held.get(p) ?? 0)) ** 2))];
}

function makeChain(random: Random, scale: Scale, ids: Ids, index: number, template: ChainTemplate, province?: Province): Chain {
  const id = ids.chain(index);
  // 茶产业 → 茶产业链, 集成电路 → 集成电路产业链
  const chainZh = template.nameZh.endsWith("产业") ? `${template.nameZh}链` : `${template.nameZh}产业链`;
  const chain: Chain = province
    ? { id, scope: "provincial", province, template, nameZh: `${province.nameZh}${chainZh}`, name: `${province.name} ${template.name} Industry Chain`, segments: [] }
    : { id, scope: "national", template, nameZh: chainZh, name: `${template.name} Industry Chain`, segments: [] };
  const all = segmentTemplates(template);
  const [low, high] = scale.segmentsPerChain;
  const count = Math.min(all.length, random.int(Math.min(low, all.length), Math.min(high, all.length)));
  // Drop segments at random, but keep at least one of each stage.
  const keep = all.map(() => true);
  let left = all.length;
  for (const i of random.shuffle(all.map((_, i) => i))) {
    if (left <= count) break;
    const stage = all[i]?.stage;
    if (all.filter((s, j) => keep[j] && s.stage === stage).length <= 1) continue;
    keep[i] = false;
    left--;
  }
  chain.segments = all
    .filter((_, i) => keep[i])
    .map((s, i): Segment => ({ id: ids.segment(id, i + 1), chain, name: s.name, nameZh: s.nameZh, stage: s.stage, order: i + 1 }));
  return chain;
}

/** Chains an enterprise of `province` may operate in: the province's own, then the national ones. */
export function chainsOpenTo(chains: readonly Chain[], province: Province): { chain: Chain; weight: number }[] {
  return chains.filter((c) => c.scope === "national" || c.province === province).map((chain) => ({ chain, weight: chain.scope === "provincial" ? 3 : 1 }));
}
