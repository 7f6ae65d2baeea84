import type { OrganizationRole } from "../types.ts";
import { isDistinctiveWord } from "./org-names.ts";
import { isPersonName } from "./person-names.ts";

/**
 * Organisations named as examples of a kind: "more than 80 enterprises, including Sinotruk and
 * Weichai Power", "companies such as Huawei, ZTE and BYD"; and companies named by the title of
 * the person who leads them ("Chairman of Sinopharm"). The kind gives the role; the names need no
 * head word or legal form.
 */
const listPattern =
  /\b(enterprises|companies|firms|employers|corporations|universities|colleges|institutions|schools|institutes)\b[^.;:]{0,60}?\b(?:including|such as|like|namely|e\.g\.,?)\s+((?:[A-Z][\p{L}&'-]*(?:\s+[A-Z][\p{L}&'-]*){0,4})(?:\s*,\s*(?:and\s+)?[A-Z][\p{L}&'-]*(?:\s+[A-Z][\p{L}&'-]*){0,4}|\s+and\s+[A-Z][\p{L}&'-]*(?:\s+[A-Z][\p{L}&'-]*){0,4})*)/gu;

/** "Chairman of Sinopharm", "Vice President of Sunway": the body a person leads, named by its brand alone, is a company. */
const titledPattern =
  /\b(?:Chairman|Chairwoman|President|Vice[- ]President|General\s+Manager|Chief\s+Executive(?:\s+Officer)?|CEO|[Ff]ounder)\s+of\s+(?!the\b)([A-Z][\p{L}&'-]*(?:\s+[A-Z][\p{L}&'-]*){0,2})\b/gu;
const headWords = /\b(?:University|College|Polytechnic|Institute|Academy|School|Hospital|Government|Bureau|Department|Ministry|Commission|Committee|Council|Party|Board|Group|Company|Corporation)\b/;

export interface ListedName {
  name: string;
  role: OrganizationRole;
  index: number;
}

export function findListedNames(norm: string, isPlace: (text: string) => boolean): ListedName[] {
  const found: ListedName[] = [];
  for (const m of norm.matchAll(listPattern)) {
    const kind = m[1]!.toLowerCase();
    const role: OrganizationRole = /^(?:enterprises|companies|firms|employers|corporations)$/.test(kind) ? "enterprise" : "institution";
    const listStart = m.index + m[0].length - m[2]!.length;
    for (const item of m[2]!.split(/\s*,\s*(?:and\s+)?|\s+and\s+/)) {
      const name = item.trim().replace(/'s$/, "");
      const words = name.split(/\s+/);
      if (name === "" || isPlace(name) || isPersonName(words) || !words.some(isDistinctiveWord)) continue;
      found.push({ name, role, index: listStart + m[2]!.indexOf(item) });
    }
  }
  for (const m of norm.matchAll(titledPattern)) {
    const name = m[1]!.replace(/'s$/, "");
    const words = name.split(/\s+/);
    // "President of AUST": capitals are another name's acronym, not a company's brand.
    if (/^[A-Z]{2,8}$/.test(name) || headWords.test(name) || isPlace(name) || isPersonName(words) || !words.some(isDistinctiveWord)) continue;
    found.push({ name, role: "enterprise", index: m.index + m[0].length - m[1]!.length });
  }
  return found;
}
