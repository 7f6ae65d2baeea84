import { describe, expect, it } from "vitest";
import { abbreviates, pinyinSyllables } from "./site-abbreviations.ts";

describe("abbreviates", () => {
  it("reads school site names as pinyin initials, English letters of the kind, or whole pinyin", () => {
    expect(abbreviates("nbu", "宁波大学")).toBe(true);
    expect(abbreviates("ccut", "长春工业大学")).toBe(true);
    expect(abbreviates("zzrvtc", "郑州铁路职业技术学院")).toBe(true);
    expect(abbreviates("jxstnu", "江西科技师范大学")).toBe(true);
    expect(abbreviates("imut", "内蒙古工业大学")).toBe(true);
    expect(abbreviates("huanghuai", "黄淮学院")).toBe(true);
    expect(abbreviates("ujs", "江苏大学")).toBe(true);
  });

  it("reads a stem of two words or more without its ending, as a college's site may write it", () => {
    expect(abbreviates("sxjd", "陕西机电职业技术学院")).toBe(true);
    // One word is too little to stand for a school: nb alone is not 宁波大学.
    expect(abbreviates("nb", "宁波大学")).toBe(false);
  });

  it("reads company sites by their first words, in Chinese or English", () => {
    expect(abbreviates("hndafang", "湖南大方农化股份有限公司")).toBe(true);
    expect(abbreviates("fjkj", "Fujian Kaijing Greentech Material Co., Ltd.")).toBe(true);
    expect(abbreviates("hebeilijiang", "Hebei Lijiang Biotechnology Co., Ltd.")).toBe(true);
  });

  it("does not stretch a name to any letters", () => {
    expect(abbreviates("nbpt", "内蒙古北方职业技术学院")).toBe(false);
    expect(abbreviates("hnsjxy", "湖南涉外经济学院")).toBe(false);
    expect(abbreviates("pku", "宁波大学")).toBe(false);
  });
});

describe("a place as its first syllable and the second's initial", () => {
  it("tells 湖南, 河南 and 海南 apart as their schools' sites do", () => {
    expect(abbreviates("hunnu", "湖南师范大学")).toBe(true);
    expect(abbreviates("henau", "河南农业大学")).toBe(true);
    expect(abbreviates("hainu", "海南大学")).toBe(true);
    expect(abbreviates("henau", "湖南农业大学")).toBe(false);
    // Only the place: a field is not cut so (电子 is never "dianz").
    expect(abbreviates("hndianzvtc", "湖南电子职业技术学院")).toBe(false);
  });
});

describe("the English order of a school's words", () => {
  it("reads the ending before the field it is of, or a university's place last, only when asked", () => {
    // Shanghai University of Finance and Economics; University of Science and Technology of China.
    expect(abbreviates("shufe", "上海财经大学")).toBe(false);
    expect(abbreviates("shufe", "上海财经大学", "english")).toBe(true);
    expect(abbreviates("ustc", "中国科学技术大学", "english")).toBe(true);
    // Shanghai Technical Institute of Electronics & Information.
    expect(abbreviates("stiei", "上海电子信息职业技术学院", "english")).toBe(true);
    // The Chinese order is not read again in the English one, nor a name of one word after its place.
    expect(abbreviates("zzrvtc", "郑州铁路职业技术学院", "english")).toBe(false);
    expect(abbreviates("unb", "宁波大学", "english")).toBe(false);
  });
});

describe("pinyinSyllables", () => {
  it("splits romanised pinyin, and refuses English", () => {
    expect(pinyinSyllables("kaijing")).toEqual(["kai", "jing"]);
    expect(pinyinSyllables("shenzhen")).toEqual(["shen", "zhen"]);
    expect(pinyinSyllables("technology")).toBeUndefined();
  });
});
