/**
 * Words that end a Chinese organisation name on its left. Reading leftwards from a suffix
 * (…大学, …有限公司, …人民政府), the name stops where one of these ends: function words (与, 和,
 * 在, 由, 的), verbs of visiting and signing (赴, 来到, 走访, 签署, 携手), time words (近日,
 * 上午, 会上), references (我校, 该公司, 双方) and classifying phrases (龙头企业, 合作单位).
 * Names hardly ever contain them; the few that do are listed in protectedPhrases.
 */

const singleCharacters = "与和同及在由为对向是了于将赴到至的等从被把让给请并暨或而又也还均即按以随往来去受跟系";

const words = `
以及 并与 同时 还与 给予 融合 符合 当地 大多数 标志着 标志 架起 搭建 建议 意味着 为此 因此 其中 包括 例如 比如 如 分别 共同 一起 一同 联合 携手 牵手 联手 依托 借助 选择 选定 通过 围绕 面向 聚焦 对接 助力 推动 促进 深化 加强 支持 指导 见证
签署 签订 签约 签下 签署了 签订了 共建 共同建设 组建 成立 建立 创建 创立 揭牌 授牌 挂牌 启动 加入 落户 设立 开设 举行 举办 召开 主办 承办 协办 参加 参与 出席 列席 观摩 陪同 接待 会见 会谈 座谈 洽谈 交流 考察 调研 参观 走访 访问 拜访 看望 慰问 莅临 来到 来访 前往 走进 深入 赶赴 奔赴 抵达 进入 到访 回访 带队 率队 带领 率领 一行 代表 邀请 应邀 受邀 特邀 邀 应 牵头 发起 主持 致辞 讲话 发言 介绍 表示 指出 强调 认为 希望 期待 表明
获得 获批 获评 入选 荣获 成为 作为 位于 地处 来自 属于 隶属 隶属于 就职 任职 毕业于 推荐 输送 提供 接收 安排 组织 选派 派出 聘请 聘任 受聘 担任 兼任 授予 颁发 向 为
近日 日前 近期 前不久 近来 近年来 今年 去年 明年 每年 每学期 每届 每月 每周 年内 今明两年 今天 昨天 当天 当日 同日 次日 上午 下午 中午 晚上 晚间 期间 随后 之后 此后 会上 会后 会前 会议 仪式上 活动中 座谈中 交流中 其间 目前 现在 其中 此外 另外 最后 首先 然后 接着 据悉 据了解 了解到 获悉 记者 本报讯 报道
此次 本次 这次 该次 这是 此举 双方 三方 多方 各方 两方 校企 校地 政校 政校企 校企双方 校地双方 产教 两校 两家 各家 多家 数家 全体 相关 有关 有关负责人 负责人 相关负责人 领导 嘉宾 同志 师生 老师 同学 学生 教师 专家 教授 博士 校友 员工 职工 人员
我校 本校 该校 学校 我院 本院 该院 我公司 本公司 该公司 我司 本司 我集团 本集团 该集团 我单位 本单位 该单位 我局 该局 我厂 该厂 我省 我市 我县 我区 全省 全市 全县 全区 省内 市内 县内 区内 国内 省外 境内
知名企业 龙头企业 骨干企业 重点企业 合作企业 优秀企业 领军企业 链主企业 头部企业 规上企业 高新技术企业 专精特新企业 国有企业 民营企业 中央企业 央企 国企 民企 上市公司 合作单位 成员单位 理事单位 共建单位 兄弟院校 合作院校 友好院校 高职院校 职业院校 本科院校 应用型高校 高校 院校 母校 企业 单位 伙伴 合作伙伴
提升 提高 增强 有力 有效 充分 积极 不断 持续 进一步 全面 大力 切实 努力 帮助 带动 引领 吸引 鼓励 欢迎 感谢 祝贺 肯定 赞扬 称赞 评价 认可 关注 关心 重视 熟悉 看到 发现 融入 走出 回到 留在 就读 毕业 招聘 录用 选拔 开展 实施 落实 完成 实现 取得 形成 构建 打造 建成 拥有 具有 具备 承担 负责 面对 面临 结合 依据 根据 按照 针对 关于 对于 表彰 授权 委托 离开 返回 考取 报考 录取 入职 加盟 结束 成功 顺利 正式 首次 再次 先后 相继 各自 已经 已 正在 刚刚 即将 将要 还将 随即 立即 迅速 充分发挥 发挥
书记 副书记 校长 副校长 院长 副院长 董事长 副董事长 总经理 副总经理 总裁 经理 主任 副主任 局长 副局长 厅长 副厅长 处长 副处长 县长 副县长 市长 副市长 区长 副区长 省长 副省长 部长 副部长 所长 厂长 主席 会长 秘书长 理事长 总监 总工程师 工程师
`;

/** Every stop word, longest first. */
export const boundaryWords: readonly string[] = [...new Set([...singleCharacters, ...words.split(/\s+/).filter((w) => w !== "")])].sort(
  (a, b) => b.length - a.length,
);

export const boundaryWordSet: ReadonlySet<string> = new Set(boundaryWords);
export const longestBoundaryWord = Math.max(...boundaryWords.map((w) => w.length));

/**
 * Phrases inside names that contain a stop word: the 和 of 人力资源和社会保障局, the 等 of
 * 高等专科学校, the 同 of 同济. (Place names that contain one, 来宾市 or 于都县, are added from
 * the regions table.)
 */
export const protectedPhrases: readonly string[] = `
人力资源和社会保障 工业和信息化 经济和信息化 发展和改革 住房和城乡建设 文化和旅游 卫生和计划生育 农业和农村 商务和 科学和技术 教育和体育 退役军人事务 自然资源和规划 应急管理
高等 中等 平等 同等 初等 同济 同方 协同 同仁 共同体 和平 和谐 中和 祥和 和信 和兴 和泰 和美 和田 和县
系统 系列 体系 联系 关系 院系 水系 星系 谱系 直系
在线 自由 未来 来宾 对外 应用 应急 供应 适应 响应 相应 对应 效应 感应 给排水 给水 为民 以色列 往来 随州
联合大学 联合学院 联合职业技术学院 合作社 代表处 企业集团 企业管理 企业服务 企业发展
`
  .split(/\s+/)
  .filter((w) => w !== "");

/**
 * Stop words after which a too-short stem means the word was part of the name after all:
 * 北京联合大学 (联合), 同济大学 (同), 对外经济贸易大学 (对).
 */
export const nameFriendlyBoundaries: ReadonlySet<string> = new Set(["同", "和", "联合", "为", "向", "将", "于", "对", "暨"]);
