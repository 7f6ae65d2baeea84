/**
 * Chinese personal names in English text ("Ren Xiaohong", "Li Zhiquan"): a common surname and a
 * given name of one or two syllables. Used to keep people out of organisation and place names.
 */
const surnames = new Set(
  (
    "wang li zhang liu chen yang zhao huang zhou wu xu sun hu zhu gao lin he guo ma luo liang song zheng xie han tang feng yu " +
    "dong xiao cheng cao yuan deng fu shen zeng peng lu su jiang cai jia ding wei xue ye yan pan du dai xia zhong tian ren " +
    "fan fang shi yao tan liao zou xiong jin hao kong bai cui kang mao qiu qin gu hou shao meng long wan duan lei qian tang yin " +
    "yi chang wen niu nan ouyang situ zhuge shangguan sima luan bao ai an ba bi bian bo chai chao chi cong dou fei ge geng " +
    "gong hong hua ji jian jing ju kou lai lan lang le lian ling miao mo mu ning ou pang pei qi qiao qu rao rong ruan sang " +
    "shan shang she tao teng tong wei xi xian xiang xin xing yue zang zhan zhuang zhuo zuo"
  ).split(" "),
);

const syllable = /^(?:(?:[bpmfdtnlgkhjqxzcsryw]|zh|ch|sh)?(?:a|ai|an|ang|ao|e|ei|en|eng|er|i|ia|ian|iang|iao|ie|in|ing|iong|iu|o|ong|ou|u|ua|uai|uan|uang|ue|ui|un|uo)|[nl]ve?)$/;

/** Whether a word reads as one or two pinyin syllables (a given name: "Hua", "Xiaohong", "Yining"). */
export function isPinyin(word: string): boolean {
  const w = word.toLowerCase().replace(/'/g, "");
  if (!/^[a-z]{1,12}$/.test(w)) return false;
  if (syllable.test(w)) return true;
  for (let i = 1; i < w.length; i++) {
    const left = w.slice(0, i);
    const right = w.slice(i);
    if (syllable.test(left) && (syllable.test(right) || [...Array(right.length).keys()].some((j) => j > 0 && syllable.test(right.slice(0, j)) && syllable.test(right.slice(j))))) return true;
  }
  return false;
}

export function isSurname(word: string): boolean {
  return surnames.has(word.toLowerCase());
}

/** "Ren Xiaohong", "Li Zhiquan", "Nan Guagua": a surname and a pinyin given name, each capitalised. */
export function isPersonName(words: string[]): boolean {
  if (words.length < 2 || words.length > 3) return false;
  const [first, ...rest] = words;
  if (!first || !/^\p{Lu}/u.test(first) || !isSurname(first.replace(/'/g, ""))) return false;
  return rest.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && isPinyin(w)) && rest.join("").length <= 9;
}
