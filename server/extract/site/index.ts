// Which organisation a page's address belongs to: the writer behind 我校 and "our university".
export { englishNameOf, siteOwner, type SiteOwner } from "./site-owner.ts";
export { abbreviates, abbreviationPattern, pinyinSyllables, stemPinyin } from "./site-abbreviations.ts";
export { endingOf, institutionEndings } from "./institution-endings.ts";
export { isRegisterInstitution, registerInstitutionNames, registerInstitutions } from "./register-institutions.ts";
export { siteLabel } from "./site-label.ts";
