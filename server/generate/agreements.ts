import { SigningCalendar, yearsLater } from "./dates.ts";
import type { Chain, Enterprise, Government, Ids, Institution } from "./model.ts";
import type { Scope } from "./placement.ts";
import { WeightedSampler, type Random } from "../random.ts";
import { distanceKm, type Province } from "./regions.ts";
import { tuning } from "./scales.ts";

/**
 * The agreements, drawn one at a time and handed on as they come (a national dataset has a
 * million). Each starts from an institution drawn by activity; its partner enterprise is from the
 * same province three times in four, otherwise from elsewhere (nearer and bigger provinces more
 * likely, or a national leader). Types follow what each kind of institution signs; dates grow
 * year on year; some agreements end.
 */

export type AgreementType =
  | "internship_base"
  | "practice_base"
  | "industry_college"
  | "professor_workstation"
  | "order_class"
  | "joint_lab"
  | "strategic_cooperation"
  | "talent_training"
  | "alliance"
  | "other";

type Mix = [AgreementType, number][];

const mixes = {
  vocational_college: [["internship_base", 30], ["practice_base", 24], ["order_class", 11], ["strategic_cooperation", 9], ["talent_training", 8], ["industry_college", 7], ["joint_lab", 2], ["professor_workstation", 1], ["other", 8]],
  university: [["internship_base", 22], ["practice_base", 22], ["strategic_cooperation", 16], ["joint_lab", 12], ["professor_workstation", 9], ["industry_college", 7], ["talent_training", 7], ["order_class", 1], ["other", 4]],
  research_institute: [["joint_lab", 30], ["strategic_cooperation", 30], ["professor_workstation", 10], ["talent_training", 10], ["practice_base", 8], ["internship_base", 5], ["other", 7]],
  withGovernment: [["strategic_cooperation", 55], ["talent_training", 15], ["professor_workstation", 10], ["industry_college", 5], ["other", 15]],
  threeParties: [["industry_college", 35], ["strategic_cooperation", 25], ["practice_base", 15], ["talent_training", 15], ["joint_lab", 10]],
  twoInstitutions: [["joint_lab", 25], ["talent_training", 30], ["industry_college", 25], ["strategic_cooperation", 20]],
  alone: [["talent_training", 70], ["order_class", 10], ["other", 20]],
} satisfies Record<string, Mix>;

/** Who signs: shares of the agreements (the rest are one institution and one enterprise). */
const shapes = { withGovernment: 0.05, threeParties: 0.04, twoInstitutions: 0.02, alone: 0.01 };

const genericFields = ["Intelligent Manufacturing", "Digital Economy", "Modern Services", "Smart Construction", "Electronic Information", "Modern Agriculture", "Health Care", "Logistics Management"];

const titles: Record<AgreementType, (field: string, partner: string) => string[]> = {
  internship_base: () => ["Internship base", "Student internship base", "Internship and employment base", "Off-campus internship base"],
  practice_base: () => ["Off-campus practical teaching base", "Practical training base", "Practical teaching base", "Production-based training base"],
  industry_college: (field) => [`${field} Modern Industry College`, `${field} Industry College`],
  professor_workstation: () => ["Professor workstation", "Expert workstation"],
  order_class: (_, partner) => (partner ? [`${partner} order class`, "Order-based training class"] : ["Order-based training class"]),
  joint_lab: (field) => [`${field} joint laboratory`, `${field} joint R&D centre`],
  strategic_cooperation: () => ["Strategic cooperation agreement", "Strategic cooperation framework agreement", "School-enterprise strategic cooperation agreement"],
  talent_training: (field) => ["Joint talent training agreement", `Joint training of ${field} talent`],
  alliance: () => ["Alliance agreement"],
  other: () => ["School-enterprise cooperation agreement", "Employment cooperation agreement", "Technical service agreement"],
};

export interface AgreementRecord {
  id: string;
  type: AgreementType;
  title: string;
  signedOn: string;
  endsOn?: string;
  status?: "active" | "ended";
  parties: string[];
  serves: string[];
  source: string;
  students?: number;
  positions?: number;
  enterprises?: number;
}

export interface AgreementStats {
  institutionDegrees: Int32Array;
  enterpriseDegrees: Int32Array;
  governmentDegrees: Int32Array;
  /** Agreements whose parties all sit in one province. */
  sameProvince: number;
  total: number;
  types: Partial<Record<AgreementType, number>>;
}

export interface AgreementInput {
  random: Random;
  count: number;
  scope: Scope;
  institutions: readonly Institution[];
  enterprises: readonly Enterprise[];
  governments: readonly Government[];
  chains: readonly Chain[];
  ids: Ids;
  calendar?: SigningCalendar;
}

export function newAgreementStats(input: Pick<AgreementInput, "institutions" | "enterprises" | "governments">): AgreementStats {
  return {
    institutionDegrees: new Int32Array(input.institutions.length),
    enterpriseDegrees: new Int32Array(input.enterprises.length),
    governmentDegrees: new Int32Array(input.governments.length),
    sameProvince: 0,
    total: 0,
    types: {},
  };
}

const governmentKindWeight: Record<Government["kind"], number> = {
  provincial_department: 3,
  provincial_government: 3,
  prefecture_government: 2,
  prefecture_bureau: 2,
  county_government: 1,
  county_bureau: 1,
};

export function* agreementRecords(input: AgreementInput, stats: AgreementStats): Generator<AgreementRecord> {
  const { random, scope, institutions, enterprises, governments, chains, ids } = input;
  const calendar = input.calendar ?? new SigningCalendar();
  const provinceIndex = new Map<Province, number>(scope.all.map((p, i) => [p, i]));
  const indexOf = (p: Province) => provinceIndex.get(p) ?? 0;
  const byProvince = <T extends { province: Province }>(items: readonly T[]) => {
    const lists: T[][] = scope.all.map(() => []);
    for (const item of items) lists[indexOf(item.province)]?.push(item);
    return lists;
  };

  const institutionSampler = new WeightedSampler(institutions.map((i) => i.weight));
  const institutionsIn = byProvince(institutions);
  const institutionSamplersIn = institutionsIn.map((list) => new WeightedSampler(list.map((i) => i.weight)));
  const enterprisesIn = byProvince(enterprises);
  const enterpriseSamplersIn = enterprisesIn.map((list) => new WeightedSampler(list.map((e) => e.weight)));
  const hubSampler = new WeightedSampler(enterprises.map((e) => e.weight));
  const crossSamplers = scope.all.map(
    (p, i) => new WeightedSampler(scope.all.map((q, j) => (i === j ? 0 : (enterpriseSamplersIn[j]?.total ?? 0) * Math.exp(-distanceKm(p, q) / tuning.distanceScaleKm)))),
  );
  const governmentsIn = byProvince(governments);
  const governmentSampler = new WeightedSampler(governments.map((g) => governmentKindWeight[g.kind]));
  const provincialChains = scope.all.map((p) => chains.filter((c) => c.province === p));
  const nationalChains = chains.filter((c) => c.scope === "national");
  const fieldOf = (e: Enterprise | undefined, fallbackIndex: number) =>
    e?.segments[0]?.chain.template.name ?? genericFields[(e?.index ?? fallbackIndex) % genericFields.length] as string;

  const drawEnterprise = (home: number): Enterprise | undefined => {
    if (hubSampler.total <= 0) return undefined;
    const local = enterpriseSamplersIn[home];
    if (local && local.total > 0 && random.chance(tuning.localShare)) return enterprisesIn[home]?.[local.draw(random)];
    if (!random.chance(tuning.hubShare)) {
      const q = crossSamplers[home]?.draw(random) ?? -1;
      if (q >= 0) return enterprisesIn[q]?.[(enterpriseSamplersIn[q] as WeightedSampler).draw(random)];
    }
    return enterprises[hubSampler.draw(random)];
  };

  const drawGovernment = (institution: Institution): Government | undefined => {
    if (governments.length === 0) return undefined;
    const local = governmentsIn[indexOf(institution.province)] ?? [];
    if (local.length > 0 && random.chance(0.9)) {
      return local[random.weighted(local.map((g) => governmentKindWeight[g.kind] * (g.prefecture === institution.prefecture && g.kind !== "provincial_department" ? 4 : 1)))];
    }
    return governments[governmentSampler.draw(random)];
  };

  const drawSecondInstitution = (first: Institution): Institution | undefined => {
    for (let attempt = 0; attempt < 5; attempt++) {
      const home = indexOf(first.province);
      const local = institutionSamplersIn[home];
      const other =
        local && local.size > 1 && random.chance(0.8) ? institutionsIn[home]?.[local.draw(random)] : institutions[institutionSampler.draw(random)];
      if (other && other !== first) return other;
    }
    return undefined;
  };

  const pickType = (mix: Mix) => (mix[random.weighted(mix.map((m) => m[1]))] as [AgreementType, number])[0];

  for (let n = 0; n < input.count; n++) {
    const institution = institutions[institutionSampler.draw(random)] as Institution;
    let enterprise: Enterprise | undefined;
    let government: Government | undefined;
    let second: Institution | undefined;
    let mix: Mix = mixes[institution.kind];
    const r = random.next();
    if (r < shapes.withGovernment) {
      government = drawGovernment(institution);
      mix = mixes.withGovernment;
    } else if (r < shapes.withGovernment + shapes.threeParties) {
      government = drawGovernment(institution);
      enterprise = drawEnterprise(indexOf(institution.province));
      mix = mixes.threeParties;
    } else if (r < shapes.withGovernment + shapes.threeParties + shapes.twoInstitutions) {
      second = drawSecondInstitution(institution);
      enterprise = drawEnterprise(indexOf(institution.province));
      mix = mixes.twoInstitutions;
    } else if (r >= 1 - shapes.alone) {
      mix = mixes.alone;
    } else {
      enterprise = drawEnterprise(indexOf(institution.province));
    }
    if (!enterprise && !government && !second && mix !== mixes.alone) {
      // Nobody to sign with (no enterprises or governments in the dataset): the institution alone.
      mix = mixes.alone;
    }
    const type = pickType(mix);

    const parties = [institution.id];
    stats.institutionDegrees[institution.index]! += 1;
    let sameProvince = true;
    if (second) {
      parties.push(second.id);
      stats.institutionDegrees[second.index]! += 1;
      sameProvince &&= second.province === institution.province;
    }
    if (enterprise) {
      parties.push(enterprise.id);
      stats.enterpriseDegrees[enterprise.index]! += 1;
      sameProvince &&= enterprise.province === institution.province;
    }
    if (government) {
      parties.push(government.id);
      stats.governmentDegrees[government.index]! += 1;
      sameProvince &&= government.province === institution.province;
    }
    if (sameProvince) stats.sameProvince++;
    stats.total++;
    stats.types[type] = (stats.types[type] ?? 0) + 1;

    // What it serves: the partner's segment (or chain), or for a school–government agreement a chain of the province.
    const serves: string[] = [];
    if (enterprise && enterprise.segments.length > 0) {
      const s = random.next();
      if (s < 0.35) serves.push(random.pick(enterprise.segments).id);
      else if (s < 0.43) serves.push((enterprise.segments[0] as { chain: Chain }).chain.id);
    } else if (government && !enterprise && random.chance(0.2)) {
      const options = provincialChains[indexOf(institution.province)]?.length ? (provincialChains[indexOf(institution.province)] as Chain[]) : nationalChains;
      if (options.length > 0) serves.push(random.pick(options).id);
    }

    const signed = calendar.draw(random);
    let endsOn: string | undefined;
    let status: AgreementRecord["status"];
    if (random.chance(0.45)) {
      const ends = yearsLater(signed, random.pick([3, 3, 4, 5]));
      endsOn = calendar.iso(ends);
      if (ends < calendar.asOfDay) status = random.chance(0.85) ? "ended" : undefined;
      else status = random.chance(0.5) ? "active" : undefined;
    } else if (signed < calendar.firstDay + 5 * 365 && random.chance(0.08)) status = "ended";
    else if (random.chance(0.4)) status = "active";

    const partnerName = enterprise?.aliases[1] ?? "";
    const title = random.pick(titles[type](fieldOf(enterprise, n), partnerName));
    const record: AgreementRecord = { id: ids.agreement(n), type, title, signedOn: calendar.iso(signed), endsOn, status, parties, serves, source: ids.source };
    figures(random, record, Boolean(enterprise));
    yield record;
  }
}

/** Mostly a few times `low`, never under half of it or over `high`. */
function between(random: Random, low: number, high: number): number {
  return Math.max(Math.ceil(low / 2), Math.min(high, Math.round(low * random.logNormal(0.7, 0.7))));
}

/** Numbers a release would state: students placed, positions offered, enterprises involved. */
function figures(random: Random, record: AgreementRecord, withEnterprise: boolean): void {
  switch (record.type) {
    case "internship_base":
      if (random.chance(0.3)) record.students = between(random, 10, 400);
      if (random.chance(0.2)) record.positions = between(random, 5, 200);
      break;
    case "practice_base":
      if (random.chance(0.2)) record.students = between(random, 20, 300);
      break;
    case "order_class":
      if (random.chance(0.7)) record.students = random.int(25, 60);
      break;
    case "industry_college":
      if (random.chance(0.4)) record.students = between(random, 100, 2_000);
      break;
    case "talent_training":
      if (!withEnterprise) record.enterprises = random.int(5, 80);
      else if (random.chance(0.25)) record.students = between(random, 20, 500);
      break;
    default:
      if (!withEnterprise && record.parties.length === 1) record.enterprises = random.int(3, 40);
  }
}
