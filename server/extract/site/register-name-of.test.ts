import { describe, expect, it } from "vitest";
import { registerNameOf } from "./register-name-of.ts";

describe("registerNameOf", () => {
  it("reads an English name word by word: places as pinyin or the region table's English, kinds and fields by their Chinese", () => {
    expect(registerNameOf("Harbin Medical University", ["哈尔滨医科大学", "哈尔滨师范大学"])).toBe("哈尔滨医科大学");
    expect(registerNameOf("Inner Mongolia Agricultural University", ["内蒙古农业大学", "内蒙古大学"])).toBe("内蒙古农业大学");
    expect(registerNameOf("Renmin University of China", ["中国人民大学", "中国传媒大学"])).toBe("中国人民大学");
    expect(registerNameOf("Tsinghua University", ["清华大学", "华北大学"])).toBe("清华大学");
  });

  it("takes the words in any order, and a University that is a 学院", () => {
    expect(registerNameOf("University of Science and Technology of China", ["中国科学技术大学", "中国科学院大学"])).toBe("中国科学技术大学");
    expect(registerNameOf("Luoyang Normal University", ["洛阳师范学院", "洛阳理工学院"])).toBe("洛阳师范学院");
  });

  it("accounts for every word and every character", () => {
    expect(registerNameOf("Ningbo University", ["宁波工程学院"])).toBeUndefined();
    expect(registerNameOf("Ningbo University of Technology", ["宁波大学"])).toBeUndefined();
  });

  it("prefers the reading that takes more words as one phrase", () => {
    expect(registerNameOf("Changzhou Institute of Technology", ["常州工业职业技术学院", "常州工学院"])).toBe("常州工学院");
  });

  it("gives nothing for a name two schools could bear", () => {
    expect(registerNameOf("Dalian Polytechnic University", ["大连工业大学", "大连理工大学"])).toBeUndefined();
    expect(registerNameOf("Dalian Polytechnic University", ["大连工业大学"])).toBe("大连工业大学");
  });
});
