import type { AgreementInput } from "./agreements.ts";
import { SigningCalendar } from "./dates.ts";
import type { Chain, Enterprise, Government, Institution } from "./model.ts";
import { NameRegistry, placeOf, type BilingualName, type Place } from "./names.ts";
import { WeightedSampler, type Random } from "../random.ts";
import type { Province } from "./regions.ts";

/**
 * Alliances: industry–education alliances of a chain (陕西铝镁钼深加工产教融合联盟), national
 * industry communities of a national chain, city consortia (宝鸡市域产教联合体) and vocational
 * education groups. Each is led by an active institution and gathers schools, enterprises (of its
 * chain when it has one) and a government body or two, mostly from the leader's province.
 */

export interface AllianceRecord {
  id: string;
  name: string;
  nameZh: string;
  foundedOn: string;
  members: string[];
  serves: string[];
  source: string;
}

/** The same parts agreements are built from; alliances date themselves without the signing calendar. */
export type AllianceInput = Omit<AgreementInput, "calendar">;

const fields: [string, string][] = [
  ["现代制造", "Modern Manufacturing"], ["电子信息", "Electronic Information"], ["现代服务业", "Modern Services"], ["交通运输", "Transport"],
  ["现代农业", "Modern Agriculture"], ["医药卫生", "Health"], ["建筑", "Construction"], ["旅游", "Tourism"], ["财经商贸", "Finance and Commerce"],
];

export function buildAlliances(input: AllianceInput): AllianceRecord[] {
  const { random, count, scope, institutions, enterprises, governments, chains, ids } = input;
  if (institutions.length === 0) return [];
  const calendar = new SigningCalendar(2012);
  const registry = new NameRegistry();
  const leaders = new WeightedSampler(institutions.map((i) => i.weight));
  const pools = new MemberPools(institutions, enterprises, governments);
  const alliances: AllianceRecord[] = [];
  for (let n = 0; n < count; n++) {
    const lead = institutions[leaders.draw(random)] as Institution;
    const province = lead.province;
    const openChains = chains.filter((c) => c.province === province || c.scope === "national");
    const r = random.next();
    let chain: Chain | undefined;
    let national = false;
    let name: BilingualName;
    let attempt = 0;
    do {
      if (r < 0.55 && openChains.length > 0) {
        chain = random.pick(openChains);
        national = chain.scope === "national" && !scope.home && random.chance(0.3);
        name = national ? nationalCommunityName(chain) : chainAllianceName(random, chain, province);
      } else if (r < 0.75 && province.prefectures.length > 0) {
        name = consortiumName(lead.prefecture.unit === "Municipality" ? placeOf.province(province) : placeOf.prefecture(random.pick(province.prefectures)));
      } else {
        name = educationGroupName(random, random.chance(0.5) ? placeOf.province(province) : lead.prefecture.unit === "Municipality" ? placeOf.province(province) : placeOf.prefecture(lead.prefecture));
      }
      if (++attempt > 20) name = { nameZh: `${name.nameZh}（第${attempt}）`, name: `${name.name} No. ${attempt}` };
    } while (!registry.claim(name));

    const size = Math.min(150, 5 + Math.floor((random.pareto(1.3) - 1) * 8));
    const members = chooseMembers(random, pools, { lead, chain, national, size, province });
    const serves: string[] = [];
    if (chain) {
      serves.push(chain.id);
      if (random.chance(0.4)) for (const s of random.shuffle([...chain.segments]).slice(0, random.int(1, 3))) serves.push(s.id);
    }
    alliances.push({ id: ids.alliance(n), ...name, foundedOn: calendar.iso(calendar.draw(random)), members, serves, source: ids.source });
  }
  return alliances;
}

function chainAllianceName(random: Random, chain: Chain, province: Province): BilingualName {
  const t = chain.template;
  const p = placeOf.province(province);
  return random.pick([
    { nameZh: `${p.zh}${t.nameZh}产教融合联盟`, name: `${p.en} ${t.name} Industry-Education Integration Alliance` },
    { nameZh: `${p.zh}${t.nameZh}重点产业链与学科链协同创新联盟`, name: `${p.en} ${t.name} Key Industry Chain and Discipline Chain Collaborative Innovation Alliance` },
    { nameZh: `${p.zh}${t.nameZh}职业教育集团`, name: `${p.en} ${t.name} Vocational Education Group` },
    { nameZh: `${p.zh}${t.nameZh}产业学院联盟`, name: `${p.en} ${t.name} Industry College Alliance` },
  ]);
}

function nationalCommunityName(chain: Chain): BilingualName {
  return { nameZh: `全国${chain.template.nameZh}行业产教融合共同体`, name: `National ${chain.template.name} Industry-Education Integration Community` };
}

function consortiumName(place: Place): BilingualName {
  return { nameZh: `${place.zh}市域产教联合体`, name: `${place.en} Municipal Industry-Education Consortium` };
}

function educationGroupName(random: Random, place: Place): BilingualName {
  const [zh, en] = random.pick(fields);
  return { nameZh: `${place.zh}${zh}职业教育集团`, name: `${place.en} ${en} Vocational Education Group` };
}

interface MemberChoice {
  lead: Institution;
  chain?: Chain;
  national: boolean;
  size: number;
  province: Province;
}

/** The organisations an alliance can draw on, by province and by chain, gathered once. */
class MemberPools {
  private readonly byProvince = new Map<Province, { institutions: Institution[]; enterprises: Enterprise[]; governments: Government[] }>();
  private readonly byChain = new Map<Chain, Enterprise[]>();

  constructor(
    readonly institutions: readonly Institution[],
    readonly enterprises: readonly Enterprise[],
    readonly governments: readonly Government[],
  ) {
    const pool = (p: Province) => {
      let entry = this.byProvince.get(p);
      if (!entry) this.byProvince.set(p, (entry = { institutions: [], enterprises: [], governments: [] }));
      return entry;
    };
    for (const i of institutions) pool(i.province).institutions.push(i);
    for (const g of governments) pool(g.province).governments.push(g);
    for (const e of enterprises) {
      pool(e.province).enterprises.push(e);
      for (const chain of new Set(e.segments.map((s) => s.chain))) {
        let list = this.byChain.get(chain);
        if (!list) this.byChain.set(chain, (list = []));
        list.push(e);
      }
    }
  }

  of(province: Province | undefined, chain: Chain | undefined) {
    const local = province ? this.byProvince.get(province) : undefined;
    const institutions = province ? (local?.institutions ?? []) : this.institutions;
    const governments = province ? (local?.governments ?? []) : this.governments;
    let enterprises: readonly Enterprise[] = province ? (local?.enterprises ?? []) : this.enterprises;
    if (chain) enterprises = (this.byChain.get(chain) ?? []).filter((e) => !province || e.province === province);
    return { institutions, enterprises, governments };
  }
}

/** The leader first, then schools, enterprises and governments; a national community draws from everywhere. */
function chooseMembers(random: Random, pools: MemberPools, c: MemberChoice): string[] {
  const pool = pools.of(c.national ? undefined : c.province, c.chain);
  const schools = pool.institutions.filter((i) => i !== c.lead);
  const firms = pool.enterprises;
  const bodies = pool.governments;
  const wantSchools = Math.max(1, Math.round((c.size - 1) * 0.3));
  const wantBodies = Math.min(bodies.length, random.int(0, 2));
  const wantFirms = Math.max(0, c.size - 1 - wantSchools - wantBodies);
  const members = [c.lead.id];
  for (const i of random.sampleWeighted(schools.map((s) => s.weight), wantSchools)) members.push((schools[i] as Institution).id);
  // Enterprises that sign nothing still join alliances, so their weight is floored.
  for (const i of random.sampleWeighted(firms.map((f) => f.weight + 0.2), wantFirms)) members.push((firms[i] as Enterprise).id);
  for (const i of random.sampleWeighted(bodies.map(() => 1), wantBodies)) members.push((bodies[i] as Government).id);
  return members;
}
