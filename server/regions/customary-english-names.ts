/**
 * English names that are not the plain pinyin of the Chinese name, keyed by GB/T 2260 code.
 * `zh` is the Chinese short name the entry is about (a test checks it against the table, so a
 * code can't silently point at another region). `aliases` are other spellings that should
 * resolve to the region; the plain pinyin is listed there when people also use it, and left out
 * where it names another region (陕西 is "Shanxi" in plain pinyin, which is 山西).
 */
export interface CustomaryEnglishName {
  zh: string;
  name: string;
  aliases: string[];
}

export const customaryEnglishNames: Record<string, CustomaryEnglishName> = {
  // Provincial-level units whose official English name differs from plain pinyin, and the
  // autonomous regions, named without their people as in official usage.
  "150000": { zh: "内蒙古", name: "Inner Mongolia", aliases: ["Nei Mongol", "Neimenggu"] },
  "450000": { zh: "广西", name: "Guangxi", aliases: [] },
  "540000": { zh: "西藏", name: "Tibet", aliases: ["Xizang"] },
  "610000": { zh: "陕西", name: "Shaanxi", aliases: [] },
  "640000": { zh: "宁夏", name: "Ningxia", aliases: [] },
  "650000": { zh: "新疆", name: "Xinjiang", aliases: [] },
  "710000": { zh: "台湾", name: "Taiwan", aliases: [] },
  "810000": { zh: "香港", name: "Hong Kong", aliases: ["Xianggang", "HKSAR"] },
  "820000": { zh: "澳门", name: "Macao", aliases: ["Macau", "Aomen"] },
  // Prefecture-level cities and prefectures known in English by their customary names, mostly
  // transcribed from Mongolian, Uyghur or Tibetan rather than from the Chinese characters.
  "230100": { zh: "哈尔滨", name: "Harbin", aliases: ["Ha'erbin"] },
  "150100": { zh: "呼和浩特", name: "Hohhot", aliases: ["Huhehaote"] },
  "150600": { zh: "鄂尔多斯", name: "Ordos", aliases: ["E'erduosi"] },
  "150700": { zh: "呼伦贝尔", name: "Hulunbuir", aliases: ["Hulunbei'er"] },
  "150800": { zh: "巴彦淖尔", name: "Bayannur", aliases: ["Bayannao'er"] },
  "150900": { zh: "乌兰察布", name: "Ulanqab", aliases: ["Wulanchabu"] },
  "152200": { zh: "兴安", name: "Hinggan", aliases: ["Xing'an"] },
  "152500": { zh: "锡林郭勒", name: "Xilingol", aliases: ["Xilinguole"] },
  "152900": { zh: "阿拉善", name: "Alxa", aliases: ["Alashan"] },
  "232700": { zh: "大兴安岭", name: "Da Hinggan Ling", aliases: ["Daxing'anling"] },
  "540100": { zh: "拉萨", name: "Lhasa", aliases: ["Lasa"] },
  "540200": { zh: "日喀则", name: "Shigatse", aliases: ["Rikaze", "Xigaze"] },
  "540300": { zh: "昌都", name: "Qamdo", aliases: ["Changdu"] },
  "540400": { zh: "林芝", name: "Nyingchi", aliases: ["Linzhi"] },
  "540600": { zh: "那曲", name: "Nagqu", aliases: ["Naqu"] },
  "542500": { zh: "阿里", name: "Ngari", aliases: ["Ali"] },
  "513200": { zh: "阿坝", name: "Ngawa", aliases: ["Aba"] },
  "513300": { zh: "甘孜", name: "Garze", aliases: ["Ganzi", "Garzê"] },
  "632600": { zh: "果洛", name: "Golog", aliases: ["Guoluo"] },
  "650100": { zh: "乌鲁木齐", name: "Urumqi", aliases: ["Wulumuqi"] },
  "650200": { zh: "克拉玛依", name: "Karamay", aliases: ["Kelamayi"] },
  "650400": { zh: "吐鲁番", name: "Turpan", aliases: ["Tulufan"] },
  "650500": { zh: "哈密", name: "Hami", aliases: ["Kumul"] },
  "652700": { zh: "博尔塔拉", name: "Bortala", aliases: ["Bo'ertala"] },
  "652800": { zh: "巴音郭楞", name: "Bayingolin", aliases: ["Bayinguoleng"] },
  "652900": { zh: "阿克苏", name: "Aksu", aliases: ["Akesu"] },
  "653000": { zh: "克孜勒苏", name: "Kizilsu", aliases: ["Kezilesu"] },
  "653100": { zh: "喀什", name: "Kashgar", aliases: ["Kashi"] },
  "653200": { zh: "和田", name: "Hotan", aliases: ["Hetian"] },
  "654000": { zh: "伊犁", name: "Ili", aliases: ["Yili"] },
  "654300": { zh: "阿勒泰", name: "Altay", aliases: ["Aletai"] },
};

/**
 * Characters read one way in place names whatever a general dictionary guesses from the words
 * around them: 都 is du (成都, 丰都, 都匀), 什 is shi (喀什, 什邡), 乐 is le (民乐, 博乐).
 */
export const placeNameCharacterReadings: Record<string, string> = { 都: "du", 什: "shi", 乐: "le" };

/**
 * Readings that a general pinyin dictionary gets wrong because the place keeps an old or local
 * reading of a character (乐清 is Yueqing, not Leqing). Keyed by the name the English is made
 * from: the short name, or the full name where there is no short one (单县).
 */
export const placeNameReadings: Record<string, string> = {
  乐清: "Yueqing",
  乐亭: "Laoting",
  单县: "Shanxian",
  洪洞: "Hongtong",
  涡阳: "Guoyang",
  黄陂: "Huangpi",
  蔚县: "Yuxian",
  郫都: "Pidu",
  歙县: "Shexian",
  筠连: "Junlian",
  尉犁: "Yuli",
  荥经: "Yingjing",
  大埔: "Dabu",
  长子: "Zhangzi",
  浚县: "Xunxian",
  中牟: "Zhongmou",
  牟平: "Muping",
  吴堡: "Wubu",
  柏乡: "Baixiang",
  泌阳: "Biyang",
  繁峙: "Fanshi",
  茌平: "Chiping",
  番禺: "Panyu",
  铅山: "Yanshan",
  六安: "Lu'an",
  六合: "Luhe",
  东阿: "Dong'e",
  莘县: "Shenxian",
  蚌埠: "Bengbu",
  亳州: "Bozhou",
  阆中: "Langzhong",
  犍为: "Qianwei",
  枞阳: "Zongyang",
  柞水: "Zhashui",
  塔什库尔干: "Taxkorgan",
};
