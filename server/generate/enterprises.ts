import { chainsOpenTo } from "./chains.ts";
import { enterpriseActivity, enterpriseKind, largeEnterpriseWeight } from "./degrees.ts";
import type { Chain, Enterprise, Ids, Segment } from "./model.ts";
import { enterpriseName, genericWords, placeOf, type NameRegistry, type Place } from "./names.ts";
import { countsByProvince, locate, type Location, type Scope } from "./placement.ts";
import type { Random } from "../random.ts";
import type { Province } from "./regions.ts";
import { tuning, type Scale } from "./scales.ts";

/**
 * Enterprises, spread over the provinces by the size of their economies and over prefectures with
 * the capital and the big industrial cities heavier. Most operate in one or two segments of the
 * chains open to their province, and are named for what they make.
 */
export function buildEnterprises(random: Random, scope: Scope, scale: Scale, chains: readonly Chain[], ids: Ids, registry: NameRegistry): Enterprise[] {
  const counts = countsByProvince(scope, scale.enterprises, (p) => p.enterpriseWeight, tuning.outsideEnterpriseShare);
  const enterprises: Enterprise[] = [];
  scope.all.forEach((province, p) => {
    const open = chainsOpenTo(chains, province);
    for (let n = 0; n < (counts[p] ?? 0); n++) {
      const location = locate(random, province, "enterprise");
      const weight = enterpriseActivity(random);
      const kind = enterpriseKind(random, weight);
      const segments = random.chance(tuning.enterpriseInChainShare) ? chooseSegments(random, open) : [];
      const first = segments[0];
      const word = first ? random.pick(first.chain.template.words) : random.pick(genericWords);
      const large = weight >= largeEnterpriseWeight && random.chance(0.6);
      const named = enterpriseName(random, { kind, large, place: namePlace(random, location, province), province, word }, registry);
      const index = enterprises.length;
      enterprises.push({
        index,
        id: ids.enterprise(index),
        name: named.name,
        nameZh: named.nameZh,
        kind,
        // The short name's keys are reserved either way (see NameRegistry); only some list it.
        aliases: large || random.chance(0.3) ? [named.alias.nameZh, named.alias.name] : [],
        segments,
        regionCode: location.regionCode,
        province: location.province,
        prefecture: location.prefecture,
        weight,
      });
    }
  });
  return enterprises;
}

/** One segment, sometimes a second: the next one along the same chain, or one of another chain. */
function chooseSegments(random: Random, open: { chain: Chain; weight: number }[]): Segment[] {
  if (open.length === 0) return [];
  const { chain } = open[random.weighted(open.map((o) => o.weight))] as { chain: Chain };
  // Midstream segments hold most of a chain's enterprises.
  const weights = chain.segments.map((s) => (s.stage === "midstream" ? 1.6 : 1));
  const first = chain.segments[random.weighted(weights)] as Segment;
  const segments = [first];
  if (random.chance(tuning.secondSegmentShare)) {
    const neighbours = chain.segments.filter((s) => Math.abs(s.order - first.order) === 1);
    let second: Segment | undefined;
    if (neighbours.length > 0 && random.chance(0.7)) second = random.pick(neighbours);
    else {
      const other = open[random.weighted(open.map((o) => o.weight))]?.chain;
      if (other) second = random.pick(other.segments);
    }
    if (second && second !== first) segments.push(second);
  }
  return segments;
}

function namePlace(random: Random, location: Location, province: Province): Place {
  const { prefecture, county } = location;
  if (county?.nameable && random.chance(prefecture.unit === "Municipality" ? 0.4 : 0.6)) return placeOf.county(county);
  return prefecture.unit === "Municipality" ? placeOf.province(province) : placeOf.prefecture(prefecture);
}
