import type { AgreementType } from "../types.ts";

/**
 * How Chinese releases name each kind of agreement, longest first so that 实习实训基地 is an
 * internship base before 实训基地 could make it a practice base.
 */
const table: [string, AgreementType][] = [
  ["实习实训基地", "internship_base"],
  ["实习就业基地", "internship_base"],
  ["就业实习基地", "internship_base"],
  ["顶岗实习基地", "internship_base"],
  ["毕业实习基地", "internship_base"],
  ["实习见习基地", "internship_base"],
  ["就业见习基地", "internship_base"],
  ["实习实践基地", "internship_base"],
  ["实习基地", "internship_base"],
  ["实习医院", "internship_base"],
  ["教学医院", "practice_base"],
  ["培训基地", "practice_base"],
  ["校外实践教学基地", "practice_base"],
  ["实践教学基地", "practice_base"],
  ["校外实践基地", "practice_base"],
  ["教学实践基地", "practice_base"],
  ["实践育人基地", "practice_base"],
  ["社会实践基地", "practice_base"],
  ["产学研合作基地", "practice_base"],
  ["产学研基地", "practice_base"],
  ["创业就业基地", "internship_base"],
  ["就业基地", "internship_base"],
  ["见习基地", "internship_base"],
  ["校企合作基地", "practice_base"],
  ["实践基地", "practice_base"],
  ["实训基地", "practice_base"],
  ["现代产业学院", "industry_college"],
  ["产业学院", "industry_college"],
  ["行业学院", "industry_college"],
  // Set up by a school with enterprises, an institute of industrial technology works as an industry college.
  ["产业技术研究院", "industry_college"],
  ["产业研究院", "industry_college"],
  ["博士后科研工作站", "professor_workstation"],
  ["博士后工作站", "professor_workstation"],
  ["教授工作站", "professor_workstation"],
  ["专家工作站", "professor_workstation"],
  ["博士工作站", "professor_workstation"],
  ["院士工作站", "professor_workstation"],
  ["订单式人才培养", "order_class"],
  ["订单式培养", "order_class"],
  ["订单培养", "order_class"],
  ["订单班", "order_class"],
  ["定向班", "order_class"],
  // Apprenticeship classes are order classes (eval/README.md's rules; "apprenticeship class" in English).
  ["学徒制试点班", "order_class"],
  ["学徒制班", "order_class"],
  ["学徒班", "order_class"],
  ["现代学徒制", "order_class"],
  ["冠名班", "order_class"],
  ["专项班", "order_class"],
  ["定向培养", "order_class"],
  ["联合实验室", "joint_lab"],
  ["联合研发中心", "joint_lab"],
  ["联合创新中心", "joint_lab"],
  ["联合研究中心", "joint_lab"],
  ["联合技术中心", "joint_lab"],
  ["联合工程中心", "joint_lab"],
  ["联合研究院", "joint_lab"],
  ["联合研发基地", "joint_lab"],
  ["协同创新中心", "joint_lab"],
  ["全面战略合作协议", "strategic_cooperation"],
  ["战略合作框架协议", "strategic_cooperation"],
  ["战略合作协议", "strategic_cooperation"],
  ["战略合作伙伴", "strategic_cooperation"],
  ["战略合作", "strategic_cooperation"],
  ["人才培养合作协议", "talent_training"],
  ["人才培养协议", "talent_training"],
  ["联合培养", "talent_training"],
  ["人才共育", "talent_training"],
  ["合作育人协议", "talent_training"],
  ["产教融合共同体", "alliance"],
  ["市域产教联合体", "alliance"],
  ["产教联合体", "alliance"],
  ["职业教育集团", "alliance"],
  ["职教集团", "alliance"],
  ["联合体", "alliance"],
  ["共同体", "alliance"],
  ["联盟", "alliance"],
];

export const agreementWords: readonly { text: string; type: AgreementType }[] = table
  .map(([text, type]) => ({ text, type }))
  .sort((a, b) => b.text.length - a.text.length);

/** Words of a signed agreement that says no more: 校企合作协议, 合作框架协议, 协议. */
export const genericAgreement = /(合作协议|框架协议|协议书|协议|合同)/;

export interface AgreementWord {
  type: AgreementType;
  text: string;
  index: number;
}

/** Agreement words in `text` (names already masked), not overlapping, in order. */
// 共建“德丰建筑学院”, 校企共建“健康管理学院”: a college a school and a company build together is an industry college;
// 共建中国传统医学研究院、东昌府智慧文旅联合创新研究院, 共建…研发中心: research institutes, centres and labs they build are joint labs.
const builtThing = String.raw`[^”"」，。、；]{2,18}?(?:学院|研究院|研究中心|研发中心|创新中心|技术中心|工程中心|实验室)`;
const jointlyBuilt = new RegExp(String.raw`(?:共建|合作共建|共同建设|联合共建|建办|合办)[“"「]?(${builtThing})[”"」]?((?:[、和及与][“"「]?${builtThing}[”"」]?)*)`, "g");
const listedBuilt = new RegExp(String.raw`[、和及与][“"「]?(${builtThing})`, "g");

function builtObjects(text: string): AgreementWord[] {
  const found: AgreementWord[] = [];
  for (const m of text.matchAll(jointlyBuilt)) {
    const names = [m[1]!, ...[...(m[2] ?? "").matchAll(listedBuilt)].map((x) => x[1]!)];
    for (const name of names) {
      if (agreementWords.some((w) => name.endsWith(w.text))) continue;
      const type: AgreementType = name.endsWith("学院") || /产业(技术)?研究院$/.test(name) ? "industry_college" : "joint_lab";
      found.push({ type, text: name, index: m.index + m[0].indexOf(name) });
    }
  }
  return found;
}

export function findAgreementWords(text: string): AgreementWord[] {
  const found: AgreementWord[] = builtObjects(text);
  for (let at = 0; at < text.length; ) {
    const word = agreementWords.find((w) => text.startsWith(w.text, at));
    if (word) {
      if (!found.some((f) => at >= f.index && at < f.index + f.text.length)) found.push({ type: word.type, text: word.text, index: at });
      at += word.text.length;
    } else at++;
  }
  return found.sort((a, b) => a.index - b.index);
}
