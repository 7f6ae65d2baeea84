import type { Government, GovernmentKind, Ids } from "./model.ts";
import {
  bureauKeys,
  bureauName,
  countyGovernmentName,
  departmentKeys,
  departmentName,
  prefectureGovernmentName,
  type BilingualName,
  type NameRegistry,
} from "./names.ts";
import type { Scope } from "./placement.ts";
import type { Random } from "../random.ts";
import type { County, Prefecture, Province } from "./regions.ts";

/**
 * Government bodies that sign with schools, in four tiers: provincial departments (education
 * first, then industry and IT, science, human resources, …), prefecture (city) governments,
 * county governments, and city and county bureaus. Each tier has a share of the count; what a
 * tier cannot fill (a municipality has one "prefecture") passes to the next. Within a tier,
 * larger places are more likely.
 */

interface Candidate {
  kind: GovernmentKind;
  province: Province;
  prefecture: Prefecture;
  regionCode: string;
  name: BilingualName;
  /** The name with its prefecture, for a county whose name recurs elsewhere (朝阳区). */
  qualified?: BilingualName;
  weight: number;
}

const tierShares = [0.25, 0.35, 0.25, 0.15];

export function buildGovernments(random: Random, scope: Scope, count: number, ids: Ids, registry: NameRegistry): Government[] {
  const byWeight = [...scope.provinces].sort((a, b) => b.enterpriseWeight - a.enterpriseWeight || a.code.localeCompare(b.code));
  const departments: Candidate[] = departmentKeys.flatMap((key) =>
    byWeight.map((province) => ({
      kind: "provincial_department" as const,
      province,
      prefecture: province.prefectures[0] as Prefecture,
      regionCode: province.code,
      name: departmentName(province, key),
      weight: 1,
    })),
  );
  const prefectureWeight = new Map<Prefecture, number>();
  for (const province of scope.provinces) {
    const total = province.prefectures.reduce((s, p) => s + p.enterpriseWeight, 0) || 1;
    for (const p of province.prefectures) prefectureWeight.set(p, (province.enterpriseWeight * p.enterpriseWeight) / total);
  }
  const prefectures = [...prefectureWeight.keys()];
  const counties = prefectures.flatMap((prefecture) => {
    const nameable = prefecture.counties.filter((c) => c.nameable);
    return nameable.map((county) => ({ county, weight: ((prefectureWeight.get(prefecture) ?? 0) / nameable.length) * (county.unit === "County" ? 1 : 1.5) }));
  });
  const located = (prefecture: Prefecture, regionCode: string) => ({ province: prefecture.province, prefecture, regionCode });
  const prefectureGovernments: Candidate[] = prefectures.map((prefecture) => ({
    kind: prefecture.unit === "Municipality" ? "provincial_government" : "prefecture_government",
    ...located(prefecture, prefecture.code),
    name: prefectureGovernmentName(prefecture),
    weight: prefectureWeight.get(prefecture) ?? 0,
  }));
  const countyGovernments: Candidate[] = counties.map(({ county, weight }) => ({
    kind: "county_government",
    ...located(county.prefecture, county.code),
    name: countyGovernmentName(county),
    qualified: countyGovernmentName(county, true),
    weight,
  }));
  const bureaus: Candidate[] = [
    ...prefectures
      .filter((p) => p.unit !== "Municipality")
      .flatMap((prefecture) =>
        bureauKeys.map((key): Candidate => ({ kind: "prefecture_bureau", ...located(prefecture, prefecture.code), name: bureauName(prefecture, key), weight: prefectureWeight.get(prefecture) ?? 0 })),
      ),
    ...counties.map(({ county, weight }): Candidate => ({
      kind: "county_bureau",
      ...located(county.prefecture, county.code),
      name: bureauName(county, "education"),
      qualified: qualifiedBureau(county),
      weight: weight / 2,
    })),
  ];

  // Departments in order (education of every province first); the other tiers by weight.
  const tiers: Candidate[][] = [
    departments,
    ...[prefectureGovernments, countyGovernments, bureaus].map((tier) => random.sampleWeighted(tier.map((c) => c.weight), tier.length).map((i) => tier[i] as Candidate)),
  ];
  const chosen: { candidate: Candidate; name: BilingualName }[] = [];
  const next = tiers.map(() => 0);
  /** Takes up to `want` more of tier `t`; a candidate whose name is taken (twice) is passed over. */
  const take = (t: number, want: number) => {
    const tier = tiers[t] as Candidate[];
    let took = 0;
    while (took < want && chosen.length < count && (next[t] as number) < tier.length) {
      const candidate = tier[next[t]!++] as Candidate;
      const name = registry.claim(candidate.name) ? candidate.name : candidate.qualified && registry.claim(candidate.qualified) ? candidate.qualified : undefined;
      if (!name) continue;
      chosen.push({ candidate, name });
      took++;
    }
    return took;
  };
  let carry = 0;
  tiers.forEach((_, t) => {
    const want = Math.round(count * (tierShares[t] ?? 0)) + carry;
    carry = want - take(t, want);
  });
  // Still short (a small scope): whatever is left, tier by tier.
  tiers.forEach((_, t) => take(t, count));

  return chosen.map(({ candidate, name }, index) => ({
    index,
    id: ids.government(index),
    ...name,
    kind: candidate.kind,
    regionCode: candidate.regionCode,
    province: candidate.province,
    prefecture: candidate.prefecture,
  }));
}

function qualifiedBureau(county: County): BilingualName {
  const plain = bureauName(county, "education");
  const prefecture = county.prefecture;
  if (prefecture.unit === "Municipality") return plain;
  return { nameZh: `${prefecture.nameZh}${plain.nameZh}`, name: `${plain.name}, ${prefecture.name}` };
}
