import { describe, expect, it } from "vitest";
import { cleanArticle } from "./clean-article.ts";
import { extractArticle, toExtractJson } from "./extract.ts";

/**
 * The kinds of error the real-article corpus showed (issue 19), each on short texts written for
 * this test, in both languages. Organisations are fictional; places are real.
 */

function extractDated(text: string, url?: string) {
  const article = cleanArticle(text);
  return toExtractJson(extractArticle({ ...article, ...(url ? { url } : {}) })).agreements.map((a) => `${a.type}@${a.date ?? "-"}`);
}

function extract(text: string, url?: string) {
  const article = cleanArticle(text);
  return toExtractJson(extractArticle({ ...article, ...(url ? { url } : {}) }));
}

const agreementsOf = (text: string, url?: string) =>
  extract(text, url)
    .agreements.map((a) => `${a.type}: ${[...a.parties].sort().join(" + ")}`)
    .sort();

const organisationsOf = (text: string, url?: string) => {
  const found = extract(text, url);
  return [...found.institutions.map((o) => `institution ${o.name}`), ...found.enterprises.map((o) => `enterprise ${o.name}`), ...found.governments.map((o) => `government ${o.name}`)].sort();
};

describe("the writer as a party, never named in the sentence", () => {
  it("zh: a site-name line above the article says who 我校 is", () => {
    const text = ["渭南理工学院新闻网", "我校与陕西华岳智能装备有限公司签署实习基地协议", "11月4日，我校与陕西华岳智能装备有限公司签署实习基地协议，副校长李明出席。"].join("\n");
    expect(agreementsOf(text)).toEqual(["internship_base: 渭南理工学院 + 陕西华岳智能装备有限公司"]);
  });

  it("zh: the URL's site says who 我校 is when the page does not", () => {
    const text = "5月9日，我校与宁波海曙精工模具有限公司签订校企合作协议，并为“实习实践基地”揭牌。";
    expect(agreementsOf(text, "https://www.nbu.edu.cn/info/1022/5561.htm")).toEqual(["internship_base: 宁波大学 + 宁波海曙精工模具有限公司"]);
  });

  it("en: a byline names the college that 'our college' is", () => {
    const text = [
      "Our College Signs Internship Base Agreement with Lanzhou Qilian Pharmaceutical Co., Ltd.",
      "Source: Gansu Qilian Vocational College   Date: 2025-04-11",
      "On April 10, our college signed an internship base agreement with Lanzhou Qilian Pharmaceutical Co., Ltd. Vice President Zhang Wei attended.",
    ].join("\n");
    expect(agreementsOf(text)).toEqual(["internship_base: Gansu Qilian Vocational College + Lanzhou Qilian Pharmaceutical Co., Ltd."]);
  });

  it("en: the URL's site says who 'the university' is", () => {
    const text = "On May 12, the university signed a strategic cooperation agreement with Hunan Xiangjiang Rail Equipment Co., Ltd. at the main campus.";
    expect(agreementsOf(text, "http://www-en.hnu.edu.cn/info/1071/4455.htm")).toEqual(["strategic_cooperation: Hunan University + Hunan Xiangjiang Rail Equipment Co., Ltd."]);
  });
});

describe("the writer as a party: its acronym, its units and its date", () => {
  it("en: the site's name in capitals is the writer ('XJTU signs …' on xjtu.edu.cn)", () => {
    const text = "XJTU signs a strategic cooperation agreement with Shaanxi Qinling Valve Co., Ltd.\nOn June 3, 2024, XJTU signed a strategic cooperation agreement with Shaanxi Qinling Valve Co., Ltd. in Xi'an.";
    expect(agreementsOf(text, "http://en.xjtu.edu.cn/info/1044/1.htm")).toEqual(["strategic_cooperation: Shaanxi Qinling Valve Co., Ltd. + Xi'an Jiaotong University"]);
  });

  it("zh: a school of the writer (医学院) signs for it", () => {
    const text = "3月25日，医学院在宁波康宁医院举行实习医院签约仪式。医学院院长出席。";
    expect(agreementsOf(text, "https://yxy.nbu.edu.cn/info/1/1.htm")).toEqual(["internship_base: 宁波大学 + 宁波康宁医院"]);
  });

  it("en: a month and day take their year from the month folder of the page's address", () => {
    const text = "On September 1th, Suzhou Municipal People' Government and Soochow University signed a strategic cooperation agreement.";
    expect(extractDated(text, "http://eng.example-univ.edu.cn/eng/News/201911/4f32ce5f.html")).toEqual(["strategic_cooperation@2019-09-01"]);
  });

  it("zh: a month and day take their year from the page's address", () => {
    const text = "5月9日，宁波海曙精工模具有限公司与宁波大学签订实习基地协议。";
    expect(extractDated(text, "https://www.nbu.edu.cn/2024/0510/c1a2/page.htm")).toEqual(["internship_base@2024-05-09"]);
  });
});

describe("a partner named by its brand alone", () => {
  it("en: the company a chairman leads is a party to what 'the two sides' sign", () => {
    const text =
      "On February 26, 2024, Liu Ming, Chairman of Huakang, and his delegation visited Macau Polytechnic University, where the two sides signed a strategic cooperation framework agreement.";
    expect(agreementsOf(text)).toEqual(["strategic_cooperation: Huakang + Macau Polytechnic University"]);
  });
});

describe("abbreviations defined once and used after", () => {
  it("en: a parenthesised short form stands for the full name later", () => {
    const text = [
      "Fuzhou Institute of Marine Technology (FIMT) and Minjiang Shipbuilding Group Co., Ltd. (MSG) held a signing ceremony on March 3, 2025.",
      "At the ceremony, FIMT and MSG signed an agreement to jointly build a Joint Laboratory of Marine Engineering.",
    ].join("\n");
    expect(agreementsOf(text)).toEqual(["joint_lab: Fuzhou Institute of Marine Technology + Minjiang Shipbuilding Group Co., Ltd."]);
  });

  it("zh: 以下简称 defines a short name used in the signing sentence", () => {
    const text = [
      "3月3日，闽江海洋技术学院（以下简称“闽海院”）与福州马尾造船集团有限公司（以下简称“马尾造船”）举行合作座谈。",
      "会上，闽海院与马尾造船签署共建联合实验室协议。",
    ].join("\n");
    expect(agreementsOf(text)).toEqual(["joint_lab: 福州马尾造船集团有限公司 + 闽江海洋技术学院"]);
  });
});

describe("one ceremony, several agreements", () => {
  it("zh: a list of enterprises each building a joint lab with the school", () => {
    const text = "6月18日，嘉兴智造职业技术学院分别与嘉兴华腾电子有限公司、浙江南湖精密机械有限公司、嘉善恒通物流有限公司签约共建联合实验室。";
    expect(agreementsOf(text)).toEqual([
      "joint_lab: 嘉兴华腾电子有限公司 + 嘉兴智造职业技术学院",
      "joint_lab: 嘉兴智造职业技术学院 + 浙江南湖精密机械有限公司",
      "joint_lab: 嘉兴智造职业技术学院 + 嘉善恒通物流有限公司",
    ].sort());
  });

  it("zh: an order class named after a sponsor's scholarship belongs to that sponsor", () => {
    const text = "9月15日，绍兴越城职业技术学院“越晶奖学金”订单班开班，该班由学院与浙江越晶机电股份有限公司联合培养。";
    expect(agreementsOf(text)).toEqual(["order_class: 浙江越晶机电股份有限公司 + 绍兴越城职业技术学院"]);
  });

  it("en: one college signs internship bases with three named companies", () => {
    const text =
      "On June 18, 2025, Jiaxing Polytechnic signed internship base agreements with Jiaxing Huateng Electronics Co., Ltd., Zhejiang Nanhu Precision Machinery Co., Ltd. and Jiashan Hengtong Logistics Co., Ltd. respectively.";
    expect(agreementsOf(text)).toEqual([
      "internship_base: Jiashan Hengtong Logistics Co., Ltd. + Jiaxing Polytechnic",
      "internship_base: Jiaxing Huateng Electronics Co., Ltd. + Jiaxing Polytechnic",
      "internship_base: Jiaxing Polytechnic + Zhejiang Nanhu Precision Machinery Co., Ltd.",
    ]);
  });
});

describe("one ceremony, several agreements: members listed after a count", () => {
  it("en: 'deals with 3 companies … companies such as A, B and C' is one agreement with each", () => {
    const text = [
      "On May 8, 2025, Shenzhen Technology University signed cooperative deals with 3 companies at its campus.",
      "The partners include Shenzhen Pengcheng Optics Co., Ltd., Shenzhen Nanshan Robotics Co., Ltd. and Shenzhen Baoan Materials Co., Ltd.",
    ].join(" ");
    expect(agreementsOf(text)).toEqual([
      "other: Shenzhen Baoan Materials Co., Ltd. + Shenzhen Technology University",
      "other: Shenzhen Nanshan Robotics Co., Ltd. + Shenzhen Technology University",
      "other: Shenzhen Pengcheng Optics Co., Ltd. + Shenzhen Technology University",
    ]);
  });

  it("en: 'between the polytechnic and four companies. The companies are …' is one agreement with each, names unknown to the lexicon included", () => {
    const text = [
      "KUANTAN, March 4 (Bernama) -- The minister spoke at the Certificate of Collaboration signing ceremony between Kuantan Bayside Polytechnic and four companies from various sectors.",
      "The companies are Pahang Harbour Logistics Sdn Bhd, Kuantan Islamic Religious Council, Teluk Cempedak Marine Training Centre and Gebeng Steel Works Sdn Bhd.",
    ].join(" ");
    expect(agreementsOf(text)).toEqual([
      "other: Gebeng Steel Works Sdn Bhd + Kuantan Bayside Polytechnic",
      "other: Kuantan Bayside Polytechnic + Kuantan Islamic Religious Council",
      "other: Kuantan Bayside Polytechnic + Pahang Harbour Logistics Sdn Bhd",
      "other: Kuantan Bayside Polytechnic + Teluk Cempedak Marine Training Centre",
    ]);
  });

  it("en: students 'will train' with a counted group 'following the signing of' internship memoranda: the signing is done, one base with each, the school's college being the school", () => {
    const text = [
      "In the coming term, students from the Lanxi Tech (LXT) College of Engineering (COE) will train with three partner companies, following the ceremonial signing of internship memoranda of agreement on May 16, 2025.",
      "The three partner companies are Baiyun Steel Works Inc., Qinling Valve Corporation and Hanbei Data Systems Inc.",
    ].join("\n");
    const named = ["Lanxi Technological University signs internship agreements", "", text].join("\n");
    expect(agreementsOf(named)).toEqual([
      "internship_base: Baiyun Steel Works Inc. + Lanxi Technological University",
      "internship_base: Hanbei Data Systems Inc. + Lanxi Technological University",
      "internship_base: Lanxi Technological University + Qinling Valve Corporation",
    ]);
    // What will happen with no signing behind it is no agreement.
    expect(agreementsOf("Students from Lanxi Technological University will sign internship agreements with three companies.")).toEqual([]);
  });

  it("en: 'The two partner colleges are …' lists a group counted with two words before its noun", () => {
    const text = [
      "Dessie Polytechnic College signed memoranda of understanding with two partner colleges in April 2023.",
      "The two partner colleges are Woldia Polytechnic College and Hayk Polytechnic College.",
    ].join(" ");
    expect(agreementsOf(text)).toEqual(["other: Dessie Polytechnic College + Woldia Polytechnic College", "other: Dessie Polytechnic College + Hayk Polytechnic College"].sort());
  });

  it("en: a short form defined after a legal form's final stop keeps its sentence whole", () => {
    const text = "KUALA LUMPUR, 3 May 2024 - Universiti Teknologi Sempadan (UTS) and Lembah Motor Sdn. Bhd. (LEMBAH) have established a cooperation through a memorandum of understanding (MoU).";
    expect(agreementsOf(text)).toEqual(["other: Lembah Motor Sdn. Bhd. + Universiti Teknologi Sempadan"]);
  });

  it("en: a count with a colon and a bulleted list under it is one agreement with each item", () => {
    const text = [
      "Songkhla Rajabhat Institute of Technology Signs MOUs with Local Firms",
      "On May 2, 2025, Songkhla Rajabhat Institute of Technology hosted an MOU signing ceremony at its main campus.",
      "Three companies took part in the MOU signing:",
      "• Hat Yai Rubber Products Co., Ltd.",
      "• Songkhla Fisheries Cold Storage Co., Ltd.",
      "• Pattani Coastal Energy Co., Ltd.",
      "The ceremony ended with a campus tour.",
    ].join("\n");
    expect(agreementsOf(text)).toEqual([
      "other: Hat Yai Rubber Products Co., Ltd. + Songkhla Rajabhat Institute of Technology",
      "other: Pattani Coastal Energy Co., Ltd. + Songkhla Rajabhat Institute of Technology",
      "other: Songkhla Fisheries Cold Storage Co., Ltd. + Songkhla Rajabhat Institute of Technology",
    ]);
  });

  it("en: internship MoAs signed with a counted group, the group listed after a colon two sentences on", () => {
    const text = [
      "On May 16, 2025, Cebu Bayside Polytechnic signed internship memoranda of agreement with 3 host companies.",
      "The ceremony was held at the polytechnic's main hall.",
      "Representatives from 3 host training establishments attended the signing: Mactan Harbour Logistics Inc., Talisay Circuit Works Corporation and Lapu Coastal Foods Inc.",
    ].join(" ");
    expect(agreementsOf(text)).toEqual([
      "internship_base: Cebu Bayside Polytechnic + Lapu Coastal Foods Inc.",
      "internship_base: Cebu Bayside Polytechnic + Mactan Harbour Logistics Inc.",
      "internship_base: Cebu Bayside Polytechnic + Talisay Circuit Works Corporation",
    ]);
  });

  it("en: the group counted again over a bulleted list, in a sentence that names no agreement itself", () => {
    const text = [
      "On May 16, 2025, Cebu Bayside Polytechnic hosted the signing of internship memoranda of agreement with three host companies.",
      "Three companies took part in the signing:",
      "• Mactan Harbour Logistics Inc.",
      "• Talisay Circuit Works Corporation",
      "• Lapu Coastal Foods Inc.",
      "The students will start in June.",
    ].join("\n");
    expect(agreementsOf(text)).toEqual([
      "internship_base: Cebu Bayside Polytechnic + Lapu Coastal Foods Inc.",
      "internship_base: Cebu Bayside Polytechnic + Mactan Harbour Logistics Inc.",
      "internship_base: Cebu Bayside Polytechnic + Talisay Circuit Works Corporation",
    ]);
  });

  it("en: an alliance of counted members listed after a colon is one alliance with them all", () => {
    const text = "On June 3, 2025, an industry-education alliance of three colleges was founded in Kunming: Kunming Polytechnic, Yunnan Light Industry College and Dianchi Vocational College.";
    expect(agreementsOf(text)).toEqual(["alliance: Dianchi Vocational College + Kunming Polytechnic + Yunnan Light Industry College"]);
  });

  it("zh: brands listed before 等N家企业 are enterprises, each signing its own base", () => {
    const text = "9月15日，宿迁泽川职业技术学院与宿迁飞鹰航空、宿城精测、洋河数控等3家企业签约共建实训基地。";
    expect(organisationsOf(text)).toEqual(["enterprise 宿城精测", "enterprise 宿迁飞鹰航空", "enterprise 洋河数控", "institution 宿迁泽川职业技术学院"]);
    expect(agreementsOf(text)).toEqual(["practice_base: 宿城精测 + 宿迁泽川职业技术学院", "practice_base: 宿迁泽川职业技术学院 + 宿迁飞鹰航空", "practice_base: 宿迁泽川职业技术学院 + 洋河数控"]);
  });

  it("zh: 专项班 built with a group are order classes", () => {
    const text = "6月2日，南京旅游职业学院与万豪集团签署酒店数字化专项班共建协议。";
    expect(agreementsOf(text)).toEqual(["order_class: 万豪集团 + 南京旅游职业学院"]);
  });

  it("zh: an apprenticeship class opened at a signing is an order class; the apprenticeship scheme alone is none", () => {
    const text = "3月15日，秦东职业技术学院与渭南恒达智能装备有限公司举行校企合作签约暨现代学徒制班开班仪式。";
    expect(agreementsOf(text)).toEqual(["order_class: 渭南恒达智能装备有限公司 + 秦东职业技术学院"]);
    expect(agreementsOf("秦东职业技术学院积极开展现代学徒制试点工作。")).toEqual([]);
  });
});

describe("the government of a place named by its level", () => {
  it("zh: 市委、市政府 after a city is that city's government, and departments listed after one share its place", () => {
    expect(organisationsOf("安康市委、市政府高度重视。陕西省教育厅、科技厅负责人出席了安康学院与安康市人民政府的签约仪式。")).toEqual([
      "government 安康市人民政府",
      "government 陕西省教育厅",
      "government 陕西省科技厅",
      "institution 安康学院",
    ]);
  });
});

describe("alliances with several founding schools", () => {
  it("zh: the founders of an alliance are its parties", () => {
    const text = "4月26日，由赣州理工职业学院、赣南应用技术学院和江西赣锋稀土材料有限公司共同发起的赣南稀土产教融合联盟在赣州成立。";
    expect(agreementsOf(text)).toEqual(["alliance: 江西赣锋稀土材料有限公司 + 赣南应用技术学院 + 赣州理工职业学院"]);
  });

  it("en: a consortium founded by two colleges and a company", () => {
    const text =
      "On April 26, 2025, the Gannan Rare Earth Industry-Education Consortium was founded in Ganzhou by Ganzhou Polytechnic, Gannan Institute of Applied Technology and Jiangxi Ganfeng Rare Earth Materials Co., Ltd.";
    expect(agreementsOf(text)).toEqual(["alliance: Gannan Institute of Applied Technology + Ganzhou Polytechnic + Jiangxi Ganfeng Rare Earth Materials Co., Ltd."]);
  });
});

describe("people and bodies that attend or witness are not parties", () => {
  it("zh: a bureau that attends, and one that witnesses, sign nothing", () => {
    const text = "7月2日，在漳州市教育局、漳州市工业和信息化局的见证下，漳州科技职业学院与福建漳龙电子有限公司签署订单班协议。漳州市人力资源和社会保障局有关负责人出席。";
    expect(agreementsOf(text)).toEqual(["order_class: 漳州科技职业学院 + 福建漳龙电子有限公司"]);
    expect(organisationsOf(text)).toContain("government 漳州市教育局");
  });

  it("zh: a bureau whose head attended the signing ceremony (参加了…签约揭牌仪式) is no party; a ceremony that names its parties is a signing", () => {
    const text = [
      "签约仪式上，宝鸡文理学院医学院院长与宝鸡市中心医院院长共同签署了教学医院协议。",
      "宝鸡文理学院有关领导及宝鸡市卫生健康委员会主任等参加了教学医院签约揭牌仪式。",
    ].join("");
    expect(agreementsOf(text)).toEqual(["practice_base: 宝鸡市中心医院 + 宝鸡文理学院"]);
    expect(agreementsOf("校长出席宝鸡文理学院与宝鸡钛业股份有限公司战略合作签约仪式。")).toEqual(["strategic_cooperation: 宝鸡文理学院 + 宝鸡钛业股份有限公司"]);
  });

  it("zh: the company whose site hosts the ceremony (签约仪式在X隆重举行) is the venue, not a party", () => {
    const text = "2025年3月8日，漳州卫生职业学院与漳州片仔癀集团战略合作协议签约仪式在漳州片仔癀药业股份有限公司隆重举行。";
    expect(agreementsOf(text)).toEqual(["strategic_cooperation: 漳州卫生职业学院 + 漳州片仔癀集团"]);
  });

  it("zh: a bureau given a plaque in another clause of the signing sentence is not a party to the signing", () => {
    const text = "会上，永济市人民政府与山西师范大学签订了全面战略合作协议，副校长王云为永济市教育局代表授牌。";
    expect(agreementsOf(text)).toEqual(["strategic_cooperation: 山西师范大学 + 永济市人民政府"]);
  });

  it("zh: 双方 sign; a bureau given a plaque in the sentence's next clause is not a third side", () => {
    const text = "12月3日，渭城理工学院与咸阳市某某县人民政府举行合作签约仪式。会上，双方签订了全面战略合作协议，副校长为咸阳市某某县教育局代表授牌。";
    expect(agreementsOf(text)).toEqual(["strategic_cooperation: 咸阳市某某县人民政府 + 渭城理工学院"]);
    // The other clauses name two bodies: still not sides of what 双方 signed.
    const more = "12月3日，渭城理工学院与咸阳市某某县人民政府举行合作签约仪式。会上，双方签订了全面战略合作协议，副校长为咸阳市某某县教育局代表授牌，向咸阳市某某县人民医院赠送书法作品。";
    expect(agreementsOf(more)).toEqual(["strategic_cooperation: 咸阳市某某县人民政府 + 渭城理工学院"]);
  });

  it("en: a government that witnesses the signing is not a party", () => {
    const text =
      "Witnessed by the Zhangzhou Municipal Bureau of Education, Zhangzhou Polytechnic and Fujian Zhanglong Electronics Co., Ltd. signed an order class agreement on July 2, 2025.";
    expect(agreementsOf(text)).toEqual(["order_class: Fujian Zhanglong Electronics Co., Ltd. + Zhangzhou Polytechnic"]);
  });
});

describe("types implied rather than named", () => {
  it("en: an institute of industrial technology unveiled with enterprises is an industry college", () => {
    const text =
      "On October 9, 2025, Qujing Normal College and Yunnan Qujing Silicon Materials Co., Ltd. unveiled the Qujing Photovoltaic Institute of Industrial Technology, which the two will run together.";
    expect(agreementsOf(text)).toEqual(["industry_college: Qujing Normal College + Yunnan Qujing Silicon Materials Co., Ltd."]);
  });

  it("zh: 订单式培养 is an order class", () => {
    const text = "10月9日，曲靖工业职业学院与云南曲靖硅材料有限公司签署协议，开展订单式培养，首批招收学生40名。";
    expect(agreementsOf(text)).toEqual(["order_class: 云南曲靖硅材料有限公司 + 曲靖工业职业学院"]);
  });

  it("zh: a college the two build, named in quotes, is an industry college and not a party", () => {
    const text = "6月5日，沙洲职业工学院与江苏德丰建设集团有限公司签约共建“德丰建筑学院”。";
    expect(agreementsOf(text)).toEqual(["industry_college: 江苏德丰建设集团有限公司 + 沙洲职业工学院"]);
    expect(organisationsOf(text)).not.toContain("institution 德丰建筑学院");
  });

  it("zh: the built college named again in short (德丰学院) is still not a party", () => {
    const text = "6月5日，沙洲职业工学院与江苏德丰建设集团有限公司签约共建“德丰建筑学院”，德丰集团为德丰学院学生设立奖学金。";
    expect(agreementsOf(text)).toEqual(["industry_college: 江苏德丰建设集团有限公司 + 沙洲职业工学院"]);
    expect(organisationsOf(text).filter((o) => o.startsWith("institution"))).toEqual(["institution 沙洲职业工学院"]);
  });

  it("en: a college jointly set up by a university and a company is their industry college", () => {
    const text = "The College of Integrated Circuits jointly set up by Shenzhen Technology University (SZTU) and Semiconductor Manufacturing International Corporation (SMIC) was inaugurated on May 7, 2025.";
    expect(agreementsOf(text)).toEqual(["industry_college: Semiconductor Manufacturing International Corporation + Shenzhen Technology University"]);
  });

  it("zh: 产业技术研究院 built with enterprises is an industry college", () => {
    const text = "10月9日，曲靖师范学院与云南曲靖硅材料有限公司共建的光伏产业技术研究院揭牌成立。";
    expect(agreementsOf(text)).toEqual(["industry_college: 云南曲靖硅材料有限公司 + 曲靖师范学院"]);
  });
});
