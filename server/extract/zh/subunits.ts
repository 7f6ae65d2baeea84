/**
 * Schools, departments and institutes inside a university are not parties of their own:
 * 机械工程学院, 化工学院, 马克思主义学院, 未来技术学院, 科学技术研究院. Their names are made of
 * discipline words only, while an independent institution's name has a place or a proper name
 * in it (哈尔滨石油学院, 秦巴职业技术学院).
 */
const disciplineWords = `
机械 工程 机电 材科 计科 电气 电子 电力 信息 计算机 科学 技术 科技 化学 化工 材料 土木 建筑 建工 经济 管理 经管 经济管理 工商 人文 社会 外国语 外语 马克思主义 艺术 设计 美术 音乐 体育 教育 师范 医学 护理 药学 中医 能源 动力 环境 资源 交通 运输 汽车 车辆 智能 制造 智造 人工智能 数学 物理 统计 生命 生物 农学 农业 林学 园艺 动物 食品 商学 商 法学 法 文学 文 新闻 传播 传媒 软件 网络 网络空间 安全 自动化 控制 航空 航天 宇航 石油 矿业 地质 测绘 地球 海洋 水利 水电 冶金 纺织 服装 轻工 光电 电信 通信 微电子 集成电路 数据 大数据 数字 现代 未来 卓越 工程师 研究生 本科生 继续 国际 创新 创业 产业 应用 城市 建设 规划 旅游 酒店 财经 金融 会计 财会 公共 政治 历史 哲学 心理 外事 体育 健康 康养 医疗 临床 口腔 基础 高等 职业 成人 网络教育 远程 开放 民族 语言 汉语 文化 书院 先进 前沿 交叉 跨学科 理学 工学 理工 文理 数理 信息工程 新能源 储能 低空 机器人 碳中和 与 和 及
轨道 铁道 铁路 城轨 高铁 船舶 港口 航运 物流 电商 商贸 贸易 家政 养老 幼儿 学前 烹饪 餐饮 畜牧 兽医 园林 林业 茶 酒 康复 影像 检验 麻醉 医药 装备 模具 焊接 数控 电梯 印刷 包装 珠宝 工艺 美容 美发 健身 休闲 会展 空乘 乘务 民航 机场 司法 警察 消防 应急 安全 检测 测控 仪器 光伏 风电 核电 化纤
`;

const lexicon = new Set(disciplineWords.split(/\s+/).filter((w) => w !== ""));
const longest = Math.max(...[...lexicon].map((w) => w.length));

/** True when the stem can be read as discipline words only (so the unit is a part of a university). */
export function isDisciplineStem(stem: string): boolean {
  if (stem === "") return true;
  const reachable = new Array<boolean>(stem.length + 1).fill(false);
  reachable[0] = true;
  for (let i = 0; i < stem.length; i++) {
    if (!reachable[i]) continue;
    for (let length = 1; length <= longest && i + length <= stem.length; length++) {
      if (lexicon.has(stem.slice(i, i + length))) reachable[i + length] = true;
    }
  }
  return reachable[stem.length]!;
}

/**
 * True when a name of this stem and suffix is a school or institute inside a university: its stem
 * is discipline words, or, before 学院, a discipline ending in 学 whose 学 the suffix took (药学院 is
 * 药学 + 院, 临床医学院 is 临床医学 + 院).
 */
export function isUnitName(stem: string, suffix: string): boolean {
  return isDisciplineStem(stem) || (suffix === "学院" && stem !== "" && isDisciplineStem(`${stem}学`));
}
