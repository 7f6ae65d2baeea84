import { nameStart } from "./name-boundary.ts";
import { leadingRegionRun } from "./region-names.ts";

/**
 * Industry chains named in a sentence: "…产业链" phrases such as 铝镁钼深加工重点产业链 or
 * 新能源汽车产业链, read leftwards like a name and without the places in front
 * (陕西省铝镁钼深加工重点产业链 → 铝镁钼深加工重点产业链). Talk of chains in general
 * (产业链, 重点产业链, 专业链与产业链) names none.
 */
// Verbs that may stand right before a chain's name but are no boundary for organisation names.
const chainVerbs = /^.*(服务于|服务|紧扣|瞄准|支撑|做优|锻造|聚力|深耕|贯通|加快|加速|延伸|壮大|完善|打造|构建|培育|发展|提升|强化|做强|做大|补齐|延长|拓展|升级|赋能|融入|布局|覆盖|涉及|包括|涵盖)/;
const generic = /^(重点|全|本地|优势|主导|特色|相关|完整|区域|地方|现代|新兴|传统|上下游|整个|各|本|该|这|全省|全市|全县|各类|主要|关键|传统优势)$/;

export function findChains(text: string, from: number, to: number): { name: string; start: number }[] {
  const found: { name: string; start: number }[] = [];
  for (let at = text.indexOf("产业链", from); at !== -1 && at + 3 <= to; at = text.indexOf("产业链", at + 3)) {
    const start = nameStart(text, at, at + 3, from);
    if (start === undefined) continue;
    const phrase = text.slice(start, at + 3).replace(chainVerbs, "");
    const { prefix } = leadingRegionRun(phrase);
    const name = phrase.slice(prefix.length).replace(/^(全省|全市|全县|省级|市级)/, "");
    const stem = name.slice(0, -3);
    if (stem.length < 2 || generic.test(stem) || stem.endsWith("链")) continue;
    found.push({ name, start: at + 3 - name.length });
  }
  return found;
}
