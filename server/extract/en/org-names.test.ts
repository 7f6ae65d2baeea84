import { describe, expect, it } from "vitest";
import { normaliseEnglish } from "./normalise.ts";
import { findOrganizationNames, isDistinctiveWord } from "./org-names.ts";

const names = (text: string) =>
  findOrganizationNames(normaliseEnglish(text))
    .filter((c) => c.distinctive && !c.subUnit && !c.bareHead)
    .map((c) => `${c.role}: ${c.name}`);

describe("findOrganizationNames", () => {
  it("reads enterprises by their legal suffix, with brackets and ampersands", () => {
    expect(names("The team visited TIANHE (Gansu) Oil & Gas Valve Co., Ltd. to sign.")).toEqual(["enterprise: TIANHE (Gansu) Oil & Gas Valve Co., Ltd."]);
    expect(names("Hu Lin, manager of Lanxi Baiyun Chemical Group Co., Ltd., spoke.")).toEqual(["enterprise: Lanxi Baiyun Chemical Group Co., Ltd."]);
    expect(names("Xiaoqing Rail Parts Co.,Ltd and Jinhe Machinery Company Limited")).toEqual(["enterprise: Xiaoqing Rail Parts Co.,Ltd", "enterprise: Jinhe Machinery Company Limited"]);
  });

  it("reads a brand closed by a trade word in the plural as a company, but not a field or a count", () => {
    expect(names("The polytechnic signed with Korvan Technologies and Lumex Electronics.")).toEqual(["enterprise: Korvan Technologies", "enterprise: Lumex Electronics"]);
    expect(names("Tarsa Water Works Construction Enterprises joined.")).toEqual(["enterprise: Tarsa Water Works Construction Enterprises"]);
    // After "of" the word is the field of a school; after a count it counts companies.
    expect(names("staff of Qinling University's School of Electronics and Information Engineering came")).toEqual(["institution: Qinling University"]);
    expect(names("the agreement of SPA and Eight Enterprises was signed")).toEqual([]);
  });

  it("ends a body's tail where a place opens another school's name", () => {
    expect(names("the Kelvo ICT Academy of Hanbei City University of Technology was unveiled")).toEqual([
      "institution: Kelvo ICT Academy",
      "institution: Hanbei City University of Technology",
    ]);
  });

  it("reads authorities and agencies as government bodies", () => {
    expect(names("It was signed with the Baiyun Skills Development Authority and the Lanxi Investment Promotion Agency.")).toEqual([
      "government: Baiyun Skills Development Authority",
      "government: Lanxi Investment Promotion Agency",
    ]);
  });

  it("reads the legal forms of Indian, British and Vietnamese companies", () => {
    expect(names("The institute signed with Kaveri Steel Limited and Deccan Foods Private Limited.")).toEqual(["enterprise: Kaveri Steel Limited", "enterprise: Deccan Foods Private Limited"]);
    expect(names("The school welcomed Saigon Electronics Joint Stock Company.")).toEqual(["enterprise: Saigon Electronics Joint Stock Company"]);
    // The adjective is no legal form.
    expect(names("Limited places were offered.")).toEqual([]);
  });

  it("does not read a company's name back over 'and' into another body's name or a person's", () => {
    expect(names("The ceremony between Politeknik Ungku Omar and Hartanah Jaya Sdn Bhd was held.")).toEqual(["institution: Politeknik Ungku Omar", "enterprise: Hartanah Jaya Sdn Bhd"]);
    expect(names("Present were Dr. Ana Cruz and Pacific Grid Inc. staff.")).toEqual(["enterprise: Pacific Grid Inc."]);
    expect(names("It was signed with Oil and Gas Equipment Co., Ltd.")).toEqual(["enterprise: Oil and Gas Equipment Co., Ltd."]);
  });

  it("ends a name that puts its head first at a person's title", () => {
    expect(names("It was signed by Universiti Teknologi Perdana Vice-Chancellor Prof. Azman Ali.")).toEqual(["institution: Universiti Teknologi Perdana"]);
  });

  it("keeps the country a ministry or department is of", () => {
    expect(names("Officials of the Ministry of Labour and Vocational Training of Cambodia came.")).toEqual(["government: Ministry of Labour and Vocational Training of Cambodia"]);
    expect(names("It was signed between the Ministry of Labour of Laos and Westbridge Polytechnic.")).toEqual(["government: Ministry of Labour of Laos", "institution: Westbridge Polytechnic"]);
  });

  it("reads institutions by their head and tail", () => {
    expect(names("On May 6, Qinling Polytechnic College and Hanbei University of Science and Technology met.")).toEqual([
      "institution: Qinling Polytechnic College",
      "institution: Hanbei University of Science and Technology",
    ]);
    expect(names("Weinan Vocational and Technical College signed")).toEqual(["institution: Weinan Vocational and Technical College"]);
    expect(names("a delegation of Luhe University of Posts and Telemetry came")).toEqual(["institution: Luhe University of Posts and Telemetry"]);
  });

  it("reads no name from a count or a comparative before a head, nor from generic school words alone", () => {
    expect(names("More High School Students to Seal Deals with Area Employers")).toEqual([]);
    expect(names("the programmes of One College Student Per Village")).toEqual([]);
    expect(names("students of a Senior High School came")).toEqual([]);
  });

  it("keeps a centre named after its place at the end of an institute's tail, and leaves other centres out", () => {
    expect(names("the Energy Research Institute of Lanzhou Comprehensive Science Center signed")).toEqual(["institution: Energy Research Institute of Lanzhou Comprehensive Science Center"]);
    expect(names("the Lanzhou Institute of Welding Training Center opened")).toEqual(["institution: Lanzhou Institute of Welding"]);
  });

  it("reads '&' between two names' own words as two organisations, and inside common words as one name", () => {
    expect(names("Lanxi & Hanbei National University signed")).toEqual(["institution: Hanbei National University"]);
    expect(names("the Lanxi Science & Technology University signed")).toEqual(["institution: Lanxi Science & Technology University"]);
  });

  it("keeps an ampersand inside a body's field and ends a name at an institution's possessive", () => {
    expect(names("The Ministry of Water Resources & Irrigation signed")).toEqual(["government: Ministry of Water Resources & Irrigation"]);
    expect(names("said the director of Kelantan Polytechnic's School of Mechanical Engineering.")).toEqual(["institution: Kelantan Polytechnic"]);
    // A place's possessive is not an organisation's: the name reads on through it.
    expect(names("Shaanxi's Provincial Department of Education said")).toEqual(["government: Shaanxi Provincial Department of Education"]);
  });

  it("reads a school, faculty or department of a named institution as the institution", () => {
    expect(names("Tanjong Polytechnic School of Electrical and Electronic Engineering signed with Koala Pty. Ltd.")).toEqual([
      "institution: Tanjong Polytechnic",
      "enterprise: Koala Pty. Ltd.",
    ]);
    expect(names("Hanbei University Faculty of Law and Hanbei University College of Arts")).toEqual(["institution: Hanbei University", "institution: Hanbei University"]);
  });

  it("reads a department named by its work alone as a unit, one with a place or a level as a government's", () => {
    expect(names("Wang Li of the Career Development Department and Zhou Ming of the Production and Technology Department came.")).toEqual([]);
    expect(names("The Shaanxi Provincial Education Department and the Yulin Municipal Finance Department sent officials.")).toEqual([
      "government: Shaanxi Provincial Education Department",
      "government: Yulin Municipal Finance Department",
    ]);
  });

  it("reads a council as a government body, and a council of an institution as its unit", () => {
    expect(names("The Lanxi Islamic Religious Council and the State Council")).toEqual(["government: Lanxi Islamic Religious Council", "government: State Council"]);
    expect(names("A delegation led by LXPU's Council Chair Zhang Wei and the Hanbei University Council came.")).toEqual([]);
  });

  it("reads a government body's field even when it holds head words (Department of Polytechnic and Community College Education)", () => {
    expect(names("Officials of the Department of Polytechnic and Community College Education and the Ministry of Labor and Vocational Training came.")).toEqual([
      "government: Department of Polytechnic and Community College Education",
      "government: Ministry of Labor and Vocational Training",
    ]);
    expect(names("The Party Committee of Lanxi University met.")).toEqual(["institution: Lanxi University"]);
    expect(names("Lanxi Motor Corporation Berhad and the college signed.")).toEqual(["enterprise: Lanxi Motor Corporation Berhad"]);
  });

  it("keeps 'Open' in a name (Open University, Open Source) but not as a headline verb", () => {
    expect(names("Lanxi Gandhi Open University and Hanbei Open Source Chip Research Institute met.")).toEqual([
      "institution: Lanxi Gandhi Open University",
      "institution: Hanbei Open Source Chip Research Institute",
    ]);
    expect(names("Lanxi Group Opens Hanbei Polytechnic Training Centre")).toEqual(["enterprise: Lanxi Group", "institution: Hanbei Polytechnic"]);
  });

  it("leaves where a body is based out of its name", () => {
    expect(names("Da Nang-based Dong A University signed with Hanbei-based Lanxi Pump Co., Ltd.")).toEqual(["institution: Dong A University", "enterprise: Lanxi Pump Co., Ltd."]);
  });

  it("reads governments, and a title of a person does not join the name", () => {
    expect(names("Chen Tao, Magistrate of the People's Government of Ziyang County, and the Ankang Municipal Bureau of Education")).toEqual([
      "government: People's Government of Ziyang County",
      "government: Ankang Municipal Bureau of Education",
    ]);
    expect(names("secretary of the Party Committee of Lanxi University of Technology")).toEqual(["institution: Lanxi University of Technology"]);
    expect(names("The Ministry of Education and the Management Committee of Xixian New Area met")).toEqual(["government: Ministry of Education", "government: Management Committee of Xixian New Area"]);
  });

  it("reads a second 'of' that places the body, and 'for' tails", () => {
    expect(names("the Department of Education of Hunan Province and the Shanghai Institute for Advanced Study met")).toEqual([
      "government: Department of Education of Hunan Province",
      "institution: Shanghai Institute for Advanced Study",
    ]);
    expect(names("the School of Pharmacy of Lanxi University")).toEqual(["institution: Lanxi University"]);
  });

  it("spreads a coordinated head over its list", () => {
    expect(names("with Gansu's Provincial Departments of Commerce, Science and Technology, and Industry and Information Technology taking part.")).toEqual([
      "government: Gansu Provincial Department of Commerce",
      "government: Gansu Provincial Department of Science and Technology",
      "government: Gansu Provincial Department of Industry and Information Technology",
    ]);
    expect(names("officials from the Hubei Provincial Departments of Education and of Finance attended")).toEqual([
      "government: Hubei Provincial Department of Education",
      "government: Hubei Provincial Department of Finance",
    ]);
  });

  it("ends names at headline verbs and at what an agreement sets up", () => {
    expect(names("Qinling Polytechnic College and Hanjiang Grid Co., Ltd. Sign Practical Teaching Base Agreement")).toEqual([
      "institution: Qinling Polytechnic College",
      "enterprise: Hanjiang Grid Co., Ltd.",
    ]);
    expect(names('the "Luhe University of Technology Professor Workstation" was unveiled')).toEqual(["institution: Luhe University of Technology"]);
    expect(names('plaques of "Lanxi College of Rail Transit Employment Internship Base"')).toEqual(["institution: Lanxi College of Rail Transit"]);
    expect(names("Northwest Institute of Aeronautics Unveils Modern Industry College")).toEqual(["institution: Northwest Institute of Aeronautics"]);
  });

  it("works on spaced hyphens and run-together text once normalised", () => {
    expect(names("the Chengdu - Chongqing Hydrogen Research Institute and Jinan Fuxing Co., Ltd.had")).toEqual([
      "institution: Chengdu-Chongqing Hydrogen Research Institute",
      "enterprise: Jinan Fuxing Co., Ltd.",
    ]);
  });

  it("keeps numbers of enterprise names", () => {
    expect(names("with China Railway No. 8 Engineering Group Co., Ltd.")).toEqual(["enterprise: China Railway No. 8 Engineering Group Co., Ltd."]);
  });

  it("does not take units, generic names or what agreements set up for organisations", () => {
    expect(names("the Graduate College, the Advanced Materials Research Institute and the Outstanding Engineers College")).toEqual([]);
    expect(names("the Artificial Intelligence Modern Industry College and the Hydrogen Joint Research Institute")).toEqual([]);
    expect(names("Hunan Industry Polytechnic")).toEqual(["institution: Hunan Industry Polytechnic"]);
    const unit = findOrganizationNames("Dean of the School of Mechanical Engineering")[0]!;
    expect(unit.subUnit).toBe(true);
    expect(findOrganizationNames("the Group Company")[0]!.bareHead).toBe(true);
  });

  it("tells distinctive words from common ones", () => {
    expect(isDistinctiveWord("Qinling")).toBe(true);
    expect(isDistinctiveWord("Northwest")).toBe(true);
    expect(isDistinctiveWord("Technology")).toBe(false);
    expect(isDistinctiveWord("Industry-Education")).toBe(false);
  });
});
