import { institutionActivity } from "./degrees.ts";
import type { Ids, Institution } from "./model.ts";
import { acronym, institutionName, placeOf, type InstitutionKind, type NameRegistry, type Place } from "./names.ts";
import { countsByProvince, locate, type Location, type Scope } from "./placement.ts";
import type { Random } from "../random.ts";
import { tuning, type Scale } from "./scales.ts";

/**
 * Universities, vocational colleges and research institutes, spread over the provinces by their
 * real weight in higher education and concentrated in capitals. Each is named after its province
 * or city (陕西理工大学, 宝鸡职业技术学院) and gets an activity weight (see degrees.ts).
 */
export function buildInstitutions(random: Random, scope: Scope, scale: Scale, ids: Ids, registry: NameRegistry): Institution[] {
  const counts = countsByProvince(scope, scale.institutions, (p) => p.institutionWeight, tuning.outsideInstitutionShare);
  const institutions: Institution[] = [];
  scope.all.forEach((province, p) => {
    for (let n = 0; n < (counts[p] ?? 0); n++) {
      const location = locate(random, province, "institution");
      const kind = institutionKind(random);
      const { nameZh, name } = institutionName(random, kind, namePlaces(random, kind, location), registry);
      const index = institutions.length;
      const acro = kind === "university" ? acronym(name) : "";
      // An acronym another institution has already (SUT: Shaanxi, Shanxi, Shenyang …) is left out.
      institutions.push({
        index,
        id: ids.institution(index),
        name,
        nameZh,
        kind,
        aliases: acro.length >= 3 && registry.claim(acro) ? [acro] : [],
        regionCode: location.regionCode,
        province: location.province,
        prefecture: location.prefecture,
        weight: institutionActivity(random, kind, location.prefecture.isCapital),
      });
    }
  });
  return institutions;
}

function institutionKind(random: Random): InstitutionKind {
  const r = random.next();
  return r < 0.42 ? "university" : r < 0.95 ? "vocational_college" : "research_institute";
}

/** The places an institution may be named after, in the order tried. */
function namePlaces(random: Random, kind: InstitutionKind, location: Location): { place: Place; isProvince: boolean }[] {
  const { province, prefecture, county } = location;
  const provincePlace = { place: placeOf.province(province), isProvince: true };
  const places: { place: Place; isProvince: boolean }[] = [];
  const municipal = prefecture.unit === "Municipality";
  const provinceFirst = municipal || (prefecture.isCapital && random.chance(kind === "vocational_college" ? 0.5 : 0.7));
  if (provinceFirst) places.push(provincePlace);
  if (!municipal) places.push({ place: placeOf.prefecture(prefecture), isProvince: false });
  if (!provinceFirst && prefecture.isCapital) places.push(provincePlace);
  if (county?.nameable) places.push({ place: placeOf.county(county), isProvince: false });
  const others = prefecture.counties.filter((c) => c.nameable && c !== county);
  for (const c of random.shuffle([...others]).slice(0, 3)) places.push({ place: placeOf.county(c), isProvince: false });
  return places;
}
