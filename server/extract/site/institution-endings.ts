/**
 * How a Chinese institution's name ends, what that ending is in English, and the letters its
 * websites abbreviate it to: 宁波大学 is nbu.edu.cn (宁波 as pinyin initials, 大学 as "u"),
 * 台州职业技术学院 tzvtc.edu.cn, 安徽师范大学 ahnu.edu.cn. Longest endings first, so that
 * 师范大学 is read before 大学.
 */
export interface InstitutionEnding {
  zh: string;
  en: string;
  /** Letters a site name uses for the ending, most usual first. */
  letters: string[];
}

export const institutionEndings: InstitutionEnding[] = [
  { zh: "职业技术大学", en: "Vocational University", letters: ["vtu", "vu", "zydx", "zyjsdx"] },
  { zh: "职业技术学院", en: "Vocational and Technical College", letters: ["vtc", "vc", "pt", "c", "zy", "zyjsxy", "zjxy"] },
  { zh: "职业学院", en: "Vocational College", letters: ["vc", "vtc", "pt", "c", "zy", "zyxy"] },
  { zh: "高等专科学校", en: "College", letters: ["c", "gz", "gdzk", "cc"] },
  { zh: "师范大学", en: "Normal University", letters: ["nu", "sd", "sfdx"] },
  { zh: "师范学院", en: "Normal College", letters: ["nc", "tc", "nu", "sy", "sfxy"] },
  { zh: "理工大学", en: "University of Technology", letters: ["ut", "ust", "lgdx"] },
  { zh: "科技大学", en: "University of Science and Technology", letters: ["ust", "kjdx"] },
  { zh: "工业大学", en: "University of Technology", letters: ["ut", "gydx"] },
  { zh: "医科大学", en: "Medical University", letters: ["mu", "mc"] },
  { zh: "农业大学", en: "Agricultural University", letters: ["au", "nydx"] },
  { zh: "理工学院", en: "Institute of Technology", letters: ["it", "lgxy"] },
  { zh: "科技学院", en: "Institute of Science and Technology", letters: ["ist", "kjxy"] },
  { zh: "医学院", en: "Medical College", letters: ["mc", "yxy"] },
  { zh: "大学", en: "University", letters: ["u", "dx"] },
  { zh: "学院", en: "College", letters: ["c", "u", "xy"] },
];

/** The ending of a name, if it has one the table knows. */
export function endingOf(name: string): InstitutionEnding | undefined {
  return institutionEndings.find((ending) => name.endsWith(ending.zh) && name.length > ending.zh.length);
}
