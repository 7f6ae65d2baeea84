/**
 * The words English names of Chinese organisations are built from: what kind of organisation a
 * head word makes, which words are generic (any organisation may use them) and which words are
 * not part of a name at all (headline verbs, titles of people, what an agreement sets up).
 */
import type { OrganizationRole } from "../types.ts";

export const institutionHeads = new Set(["University", "Universiti", "Universitas", "College", "Polytechnic", "Politeknik", "Institute", "Academy", "School", "Conservatory", "Hospital"]);
/** Industry associations and chambers of commerce speak for enterprises: they take the enterprise role. */
export const enterpriseHeads = new Set(["Group", "Company", "Corporation", "Association", "Federation", "Chamber", "Club", "Foundation"]);
/**
 * Plural trade words that close a company's name after its brand ("Zebra Technologies", "Samsung
 * Electronics"). After "of" or "and" they are a field ("School of Electronics"), not a head.
 */
export const corporateHeads = new Set(["Technologies", "Electronics", "Pharmaceuticals", "Industries", "Enterprises", "Motors"]);
export const governmentHeads = new Set(["Government", "Bureau", "Commission", "Department", "Ministry", "Administration", "Committee", "Council", "Authority", "Agency"]);
/** Plural heads that name several bodies at once: "Provincial Departments of Education and of …". */
export const pluralGovernmentHeads = new Map([
  ["Departments", "Department"],
  ["Bureaus", "Bureau"],
  ["Commissions", "Commission"],
]);

/** Heads that name a unit of an institution when nothing precedes them ("School of Pharmacy"). */
export const subUnitHeads = new Set(["School", "College", "Institute", "Department", "Faculty"]);

export function headRole(word: string): OrganizationRole | undefined {
  if (institutionHeads.has(word)) return "institution";
  if (enterpriseHeads.has(word)) return "enterprise";
  if (governmentHeads.has(word)) return "government";
  return undefined;
}

/** Committees that are governments (a zone's management committee); a Party committee is not. */
export const governmentCommittees = /(?:Management|Administrative|Administration)\s+Committee$/;

/** Headline verbs: in a title-case headline they end the name before them. */
export const headlineVerbs = new Set(
  (
    "Sign Signs Signed Signing Unveil Unveils Unveiled Unveiling Launch Launches Launched Launching Hold Holds Held " +
    "Visit Visits Visited Deepen Deepens Deepened Build Builds Built Jointly Establish Establishes Established Join Joins Joined " +
    "Settle Settles Settled Open Opens Opened Win Wins Meet Meets Discuss Discusses Host Hosts Hosted Promote Promotes " +
    "Strengthen Strengthens Partner Partners Partnered Cooperate Cooperates Set Sets Start Starts Inaugurate Inaugurates " +
    "Inaugurated Explore Explores Hand Hands Award Awards Awarded Receive Receives Welcome Welcomes Attend Attends Sends Send " +
    "Teams Ink Inks Inked Seal Seals Sealed Co-build Co-builds Co-Build Co-Builds Takes Take Goes Creates Create Deepening " +
    "Write Writes Help Helps Empower Empowers Boost Boosts Lead Leads Led Forge Forges Forged Reach Reaches Reached"
  ).split(" "),
);

/**
 * What an agreement sets up, and events: after a head they end the name ("Chongqing University of
 * Technology Professor Workstation"), and an institution's name never runs through them.
 */
export const facilityWords = new Set(
  (
    "Professor Professors Workstation Workstations Base Bases Alliance Laboratory Laboratories Lab Labs Class Classes Centre " +
    "Center Park Zone Ceremony Agreement Agreements Plaque Conference Symposium Forum Project Programme Program Delegation " +
    "Campus Off-Campus Practical Practice Teaching Internship Training Order Targeted Chain Chains Circle Meeting News " +
    "Plan Outline Scholarship Platform Workshop Team Presentation"
  ).split(" "),
);

/** Titles and roles of people: a name never continues through them. */
export const personTitles = new Set(
  (
    "President Vice Dean Associate Secretary Director Chairman Chairwoman Chair Manager General Deputy Professor Head Mayor " +
    "Magistrate Governor Party Officials Leaders Representatives Representative Principal Member Members Minister Commissioner " +
    "Mr Mrs Ms Dr Engineer Teacher Student Students Chief Executive Officer CEO Assistant Counselor Researcher " +
    "Chancellor Vice-Chancellor Pro-Chancellor Deputy-Vice-Chancellor Rector Vice-Rector Vice-President Prof Provost Registrar Chairperson Managing Datuk Dato Datin"
  ).split(" "),
);

/** Capitalised words that start a sentence and are not part of a following name. */
export const sentenceOpeners = new Set(
  (
    "The This That These Those A An Our Its Their His Her During On At In After Before Recently Finally Additionally Meanwhile " +
    "Also Both And Moreover Furthermore Then Today Yesterday Following Under According Through With By From For To As It " +
    "Guided Looking Moving Speaking Since When While Although However Therefore Thus Currently Previously Earlier Later Next " +
    "Besides Firstly Secondly Lastly Some Many All Each Every Such Other Another Several Only Here There " +
    "Subsequently Afterwards Overall Regarding Via Among Between Upon Over Across Within Around Last Mr Ms Officials Leaders More Most Fewer One Two Three Four Five"
  ).split(" "),
);

/**
 * Common words of organisation names: a name made of these and a head alone ("Future
 * Technology College", "Science and Technology Research Institute") is a unit or a generic
 * description, not a named organisation. Place names, directions, "China" and words outside this
 * list (pinyin, brand names) make a name distinctive.
 */
export const genericNameWords = new Set(
  (
    "science sciences technology technologies technological engineering research future excellent excellence outstanding distinguished engineer engineers modern " +
    "undergraduate graduate postgraduate artificial intelligence intelligent cross industry industries industrial " +
    "information education educational vocational technical technician technicians applied normal medical medicine " +
    "agricultural agriculture polytechnic international business economics economic finance financial arts art foreign " +
    "languages language energy new materials material advanced smart innovation innovative digital green petroleum " +
    "chemical chemistry mechanical electrical electronic electronics civil aviation aeronautical aeronautics aerospace " +
    "maritime marine ocean transport transportation communications communication railway railways mining geology " +
    "geological forestry water resources resource environment environmental ecology ecological health nursing pharmacy " +
    "pharmaceutical traditional management public social physical sports music fine design media film teachers teacher " +
    "continuing adult open distance radio television key laboratory power electric electricity automation computer " +
    "computing software data big network cyber security law political politics police defense defence general " +
    "comprehensive city municipal provincial county district province people people's first second third quality standards " +
    "textile textiles light heavy food foods biological biology life physics mathematics statistics accounting tourism " +
    "hospitality culture cultural history humanities journalism collaborative joint practical teaching training " +
    "internship construction building architecture architectural urban rural planning vehicle vehicles automotive auto " +
    "equipment manufacturing machinery machine machines precision instruments instrument optics optical photonics " +
    "semiconductor integrated circuit circuits chip chips hydrogen nuclear solar wind battery batteries metallurgy " +
    "metallurgical steel iron nonferrous metals metal polymer clothing garment fashion dance drama opera undergraduate high middle senior junior primary secondary " +
    "graduate school college university institute academy department bureau commission government ministry " +
    "administration committee group company corporation center centre development services service trade commerce " +
    "commercial investment holding holdings logistics supply chain electric gas oil petrochemical coal natural " +
    "products product systems system solutions tech intelligent equipments park parts components component " +
    "high-tech hi-tech national state central regional local human labor labour employment affairs and of for the " +
    "skills skill professional vocational-technical polytechnical experimental demonstration pilot special modern " +
    "cross-border e-commerce ecommerce internet cloud network networks communication telecom telecommunications " +
    "innovation entrepreneurship creative creativity prefecture prefectural autonomous region league banner town township village " +
    "affiliated hospital clinical"
  ).split(" "),
);

/** Directions and the country's name, which distinguish a name as a place does ("Northwest University"). */
export const distinctiveCommonWords = new Set(
  "north south east west northern southern eastern western northeast northwest southeast southwest northeastern northwestern southeastern southwestern central china chinese sino".split(
    " ",
  ),
);

/** Region words inside government names; "Shaanxi Department of …" = "Shaanxi Provincial Department of …". */
export const regionLevelWords = /\b(?:Provincial|Municipal|Province|City|County|Prefectural|District|Autonomous Region)\b/g;

/** Suffix words that make a place of the name before them. */
export const placeSuffixWords = new Set(["Province", "City", "County", "District", "Prefecture", "Municipality", "Region", "League", "Banner"]);
