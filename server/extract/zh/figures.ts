import { chineseNumber } from "./dates.ts";

/**
 * Figures an agreement states: students (70余名学生, 选拔40名学生, 招收学生50人), positions
 * (提供岗位200余个, 120个就业岗位), enterprises (36家企业, 成员单位58家).
 */
export interface Figures {
  students?: number;
  positions?: number;
  enterprises?: number;
}

const n = "([0-9]+|[一二三四五六七八九十两百千万]+)";
const about = "(?:余|多)?";
const patterns: [keyof Figures, RegExp][] = [
  ["students", new RegExp(`${n}${about}(?:名|位|个|人)?(?:[\\p{Script=Han}]{0,6}?)(?:学生|同学|毕业生|研究生|学员|学徒|本科生|新生)`, "gu")],
  ["students", new RegExp(`(?:学生|同学|毕业生|研究生|学员|学徒|本科生|新生)${n}${about}(?:名|人)`, "gu")],
  ["positions", new RegExp(`${n}${about}个(?:[\\p{Script=Han}]{0,6}?)岗位`, "gu")],
  ["positions", new RegExp(`岗位${n}${about}个`, "gu")],
  ["enterprises", new RegExp(`${n}${about}家(?:[\\p{Script=Han}]{0,4}?)(?:企业|单位|公司)`, "gu")],
  ["enterprises", new RegExp(`(?:企业|成员单位|单位)${n}${about}家`, "gu")],
];

function value(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  const units: Record<string, number> = { 百: 100, 千: 1000, 万: 10000 };
  let total = 0;
  let rest = text;
  for (const [unit, size] of Object.entries(units).reverse()) {
    const at = rest.indexOf(unit);
    if (at === -1) continue;
    total += (at === 0 ? 1 : (chineseNumber(rest.slice(0, at)) ?? 0)) * size;
    rest = rest.slice(at + 1);
  }
  if (rest !== "") total += chineseNumber(rest) ?? 0;
  return total > 0 ? total : undefined;
}

/** The figures stated in `text`; the first of each kind counts. */
export function findFigures(text: string): Figures {
  const figures: Figures = {};
  for (const [kind, pattern] of patterns) {
    if (figures[kind] !== undefined) continue;
    for (const match of text.matchAll(pattern)) {
      const amount = value(match[1]!);
      // A year (2024级) is not a count.
      if (amount === undefined || (amount >= 1900 && amount <= 2100 && /级|年|届/.test(match[0]))) continue;
      figures[kind] = amount;
      break;
    }
  }
  return figures;
}
