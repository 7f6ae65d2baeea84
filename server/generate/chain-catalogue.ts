/**
 * Industry chains the synthetic data draws from, modelled on the key industry chains Chinese
 * provinces name in their plans. Each has its segments from upstream to downstream, the words its
 * enterprises use in their names, and (for chains tied to a resource or an industrial base) the
 * provinces it is typical of. Segments are written `中文/English; …`.
 */
export interface ChainTemplate {
  key: string;
  nameZh: string;
  name: string;
  /** Prefer this chain when a dataset needs national chains. */
  national?: boolean;
  /** Two-digit province prefixes the chain is typical of. */
  provinces?: string[];
  /** Words an enterprise of the chain puts in its name: [中文, English]. */
  words: [string, string][];
  upstream: string;
  midstream: string;
  downstream: string;
}

export const chainCatalogue: ChainTemplate[] = [
  {
    key: "nev", nameZh: "新能源汽车", name: "New Energy Vehicle", national: true,
    words: [["汽车零部件", "Auto Parts"], ["新能源汽车", "New Energy Vehicle"], ["电驱动", "Electric Drive"], ["汽车电子", "Automotive Electronics"]],
    upstream: "动力电池材料/Power battery materials; 稀土永磁与电机材料/Rare-earth magnets and motor materials; 车规级芯片/Automotive-grade chips",
    midstream: "动力电池/Power batteries; 驱动电机与电控/Drive motors and controllers; 汽车电子与智能座舱/Automotive electronics and smart cockpits; 车身与底盘零部件/Body and chassis parts; 整车制造/Vehicle manufacturing",
    downstream: "充换电设施/Charging and battery-swap facilities; 汽车销售与后市场服务/Vehicle sales and aftermarket services; 动力电池回收利用/Battery recycling",
  },
  {
    key: "ic", nameZh: "集成电路", name: "Integrated Circuit", national: true,
    words: [["半导体", "Semiconductor"], ["微电子", "Microelectronics"], ["芯片", "Chip"]],
    upstream: "半导体材料/Semiconductor materials; 半导体设备/Semiconductor equipment; EDA与IP核/EDA tools and IP cores",
    midstream: "芯片设计/Chip design; 晶圆制造/Wafer fabrication; 封装测试/Packaging and testing",
    downstream: "消费电子应用/Consumer electronics applications; 汽车电子应用/Automotive electronics applications; 工业控制应用/Industrial control applications",
  },
  {
    key: "biomed", nameZh: "生物医药", name: "Biomedicine", national: true,
    words: [["生物医药", "Biopharmaceutical"], ["制药", "Pharmaceutical"], ["生物技术", "Biotechnology"]],
    upstream: "医药原料与中间体/APIs and intermediates; 生物试剂与培养基/Bioreagents and culture media; 制药装备/Pharmaceutical equipment",
    midstream: "化学药/Chemical drugs; 生物药/Biologics; 医疗器械/Medical devices; 研发外包服务/Contract research and manufacturing",
    downstream: "医药流通/Pharmaceutical distribution; 医疗服务/Healthcare services; 康养服务/Wellness and elderly care",
  },
  {
    key: "pv", nameZh: "光伏", name: "Photovoltaic", national: true, provinces: ["32", "33", "65", "15", "64", "51"],
    words: [["光伏", "Photovoltaic"], ["新能源", "New Energy"], ["硅材料", "Silicon Materials"]],
    upstream: "工业硅/Industrial silicon; 多晶硅/Polysilicon; 硅片/Silicon wafers; 光伏玻璃与胶膜/PV glass and encapsulants",
    midstream: "电池片/Solar cells; 光伏组件/PV modules; 逆变器/Inverters; 支架与跟踪系统/Mounting and tracking systems",
    downstream: "光伏电站建设/PV plant construction; 电站运维/Plant operation and maintenance",
  },
  {
    key: "machine-tools", nameZh: "工业母机", name: "Machine Tools", national: true,
    words: [["数控机床", "CNC Machine Tool"], ["精密机械", "Precision Machinery"], ["机床", "Machine Tool"]],
    upstream: "铸件与基础材料/Castings and base materials; 数控系统/CNC systems; 主轴与丝杠等功能部件/Spindles, screws and other functional parts; 刀具与量具/Cutting and measuring tools",
    midstream: "金属切削机床/Metal cutting machine tools; 金属成形机床/Metal forming machine tools; 特种加工机床/Special machining tools",
    downstream: "装备制造应用/Equipment manufacturing users; 再制造与维修服务/Remanufacturing and repair services",
  },
  {
    key: "al-mg-mo", nameZh: "铝镁钼深加工", name: "Aluminium Magnesium Molybdenum Deep Processing", provinces: ["61"],
    words: [["有色金属", "Nonferrous Metals"], ["铝业", "Aluminium"], ["镁业", "Magnesium"], ["钼业", "Molybdenum"]],
    upstream: "铝土矿与氧化铝/Bauxite and alumina; 原镁冶炼/Primary magnesium smelting; 钼矿采选/Molybdenum mining and dressing",
    midstream: "电解铝/Electrolytic aluminium; 铝合金材料/Aluminium alloys; 镁合金材料/Magnesium alloys; 钼化工与钼金属/Molybdenum chemicals and metal",
    downstream: "轻量化部件/Lightweight components; 航空航天与汽车应用/Aerospace and automotive applications; 再生金属回收/Recycled metals",
  },
  {
    key: "ai", nameZh: "人工智能", name: "Artificial Intelligence", national: true,
    words: [["人工智能", "Artificial Intelligence"], ["智能科技", "Intelligent Technology"], ["数据科技", "Data Technology"]],
    upstream: "智能芯片/AI chips; 智能传感器/Smart sensors; 数据资源与标注/Data resources and labelling; 算力基础设施/Computing infrastructure",
    midstream: "算法与框架/Algorithms and frameworks; 计算机视觉/Computer vision; 语音与自然语言处理/Speech and language processing; 大模型/Large models",
    downstream: "智能制造应用/Smart manufacturing applications; 智慧城市应用/Smart city applications",
  },
  {
    key: "aviation", nameZh: "航空", name: "Aviation", provinces: ["61", "51", "21", "52", "36"],
    words: [["航空", "Aviation"], ["航空装备", "Aviation Equipment"]],
    upstream: "航空材料/Aviation materials; 航空发动机零部件/Aero-engine parts; 机载设备/Airborne equipment",
    midstream: "飞机结构件制造/Airframe structures; 整机总装/Final assembly; 航空发动机/Aero engines",
    downstream: "通用航空运营/General aviation operations; 航空维修/Maintenance, repair and overhaul; 航空物流/Air logistics",
  },
  {
    key: "software", nameZh: "软件和信息技术服务", name: "Software and Information Technology Services", national: true,
    words: [["软件", "Software"], ["信息技术", "Information Technology"], ["数字科技", "Digital Technology"]],
    upstream: "基础软件/Basic software; 开发工具/Development tools; 信息安全/Information security",
    midstream: "工业软件/Industrial software; 应用软件/Application software; 云计算服务/Cloud services; 大数据服务/Big data services",
    downstream: "系统集成/System integration; 信息技术运维/IT operations; 数字化转型服务/Digital transformation services",
  },
  {
    key: "display", nameZh: "新型显示", name: "New Display", provinces: ["34", "32", "44", "50", "42"],
    words: [["显示科技", "Display Technology"], ["光电", "Optoelectronics"]],
    upstream: "玻璃基板/Glass substrates; 显示材料/Display materials; 显示驱动芯片/Display driver chips",
    midstream: "液晶面板/LCD panels; OLED面板/OLED panels; 显示模组/Display modules",
    downstream: "终端整机/Terminal devices; 商用显示/Commercial displays",
  },
  {
    key: "smart-devices", nameZh: "智能终端", name: "Smart Terminals", provinces: ["44", "50", "51", "41", "36"],
    words: [["智能终端", "Smart Devices"], ["电子", "Electronics"]],
    upstream: "电子元器件/Electronic components; 结构件/Structural parts; 显示与触控模组/Display and touch modules",
    midstream: "整机设计/Product design; 整机制造/Device manufacturing; 操作系统与应用/Operating systems and apps",
    downstream: "销售渠道/Distribution; 售后服务/After-sales service",
  },
  {
    key: "robots", nameZh: "工业机器人", name: "Industrial Robots", national: true,
    words: [["机器人", "Robotics"], ["自动化", "Automation"]],
    upstream: "精密减速器/Precision reducers; 伺服系统/Servo systems; 机器人控制器/Robot controllers; 工业传感器/Industrial sensors",
    midstream: "机器人本体/Robot arms; 机器人系统集成/Robot system integration",
    downstream: "汽车制造应用/Automotive applications; 电子制造应用/Electronics applications; 物流仓储应用/Logistics applications",
  },
  {
    key: "hydrogen", nameZh: "氢能", name: "Hydrogen Energy", provinces: ["15", "61", "37", "44", "31", "65"],
    words: [["氢能", "Hydrogen Energy"], ["新能源", "New Energy"]],
    upstream: "可再生能源制氢/Renewable hydrogen production; 工业副产氢/By-product hydrogen; 电解槽装备/Electrolysers",
    midstream: "储氢/Hydrogen storage; 运氢与加氢站/Hydrogen transport and refuelling stations; 燃料电池/Fuel cells",
    downstream: "氢燃料电池汽车/Fuel-cell vehicles; 氢能发电/Hydrogen power generation; 绿氢化工/Green hydrogen chemicals",
  },
  {
    key: "storage", nameZh: "新型储能", name: "New Energy Storage", national: true, provinces: ["35", "44", "32", "36", "51"],
    words: [["储能", "Energy Storage"], ["锂电", "Lithium Battery"]],
    upstream: "锂矿与锂盐/Lithium ore and salts; 正负极材料/Cathode and anode materials; 电解液与隔膜/Electrolytes and separators",
    midstream: "储能电芯/Storage cells; 电池管理系统/Battery management systems; 储能变流器/Power conversion systems",
    downstream: "电网侧储能/Grid-side storage; 用户侧储能/Customer-side storage; 电池梯次利用/Second-life batteries",
  },
  {
    key: "rare-earth", nameZh: "稀土新材料", name: "Rare Earth New Materials", provinces: ["15", "36", "44"],
    words: [["稀土", "Rare Earth"], ["新材料", "New Materials"]],
    upstream: "稀土采选/Rare earth mining; 稀土冶炼分离/Smelting and separation",
    midstream: "稀土金属/Rare earth metals; 稀土永磁材料/Permanent magnets; 稀土发光材料/Luminescent materials; 稀土催化材料/Catalytic materials; 稀土储氢材料/Hydrogen storage alloys",
    downstream: "永磁电机应用/Permanent-magnet motor applications; 稀土资源回收/Rare earth recycling",
  },
  {
    key: "titanium", nameZh: "钛及钛合金", name: "Titanium and Titanium Alloys", provinces: ["61", "51", "21"],
    words: [["钛业", "Titanium"], ["金属材料", "Metal Materials"]],
    upstream: "钛矿采选/Titanium ore mining; 海绵钛/Titanium sponge",
    midstream: "钛锭熔炼/Titanium ingot melting; 钛材加工/Titanium mill products; 钛合金精密铸锻/Precision casting and forging",
    downstream: "航空航天钛部件/Aerospace titanium parts; 医疗钛器械/Medical titanium devices; 钛制化工装备/Titanium chemical equipment",
  },
  {
    key: "tcm", nameZh: "现代中药", name: "Modern Traditional Chinese Medicine", provinces: ["53", "52", "22", "62", "36", "34"],
    words: [["中药", "Traditional Chinese Medicine"], ["药业", "Pharmaceutical"]],
    upstream: "中药材种植/Herb cultivation; 种苗繁育/Seedling breeding; 中药材初加工/Primary herb processing",
    midstream: "中药饮片/Prepared herbal pieces; 中成药/Proprietary Chinese medicines; 中药提取物/Herbal extracts",
    downstream: "中药流通/Herbal medicine distribution; 中医药健康服务/TCM health services; 药膳与保健食品/Health foods",
  },
  {
    key: "medical-devices", nameZh: "医疗器械", name: "Medical Devices", national: true,
    words: [["医疗器械", "Medical Devices"], ["医疗科技", "Medical Technology"]],
    upstream: "医用材料/Medical materials; 医用电子元器件/Medical electronic components; 精密零部件/Precision parts",
    midstream: "医学影像设备/Medical imaging equipment; 体外诊断/In-vitro diagnostics; 高值医用耗材/High-value consumables; 康复器械/Rehabilitation devices",
    downstream: "医院临床应用/Hospital use; 第三方检测服务/Third-party testing services",
  },
  {
    key: "dairy", nameZh: "乳制品", name: "Dairy", provinces: ["15", "23", "64", "13"],
    words: [["乳业", "Dairy"], ["食品", "Food"]],
    upstream: "饲草种植/Forage cultivation; 奶牛养殖/Dairy farming; 饲料加工/Feed processing",
    midstream: "原奶收购/Raw milk collection; 液态奶加工/Liquid milk processing; 奶粉与奶酪/Milk powder and cheese",
    downstream: "乳品冷链物流/Dairy cold-chain logistics; 商超零售/Retail; 电商销售/E-commerce",
  },
  {
    key: "baijiu", nameZh: "白酒", name: "Baijiu", provinces: ["51", "52", "34", "32", "41"],
    words: [["酒业", "Liquor"], ["酿酒", "Brewing"]],
    upstream: "酿酒专用粮/Brewing grain; 酒曲制作/Distiller's yeast; 酒类包装材料/Packaging materials",
    midstream: "基酒酿造/Base liquor brewing; 勾调与灌装/Blending and bottling; 储存陈酿/Ageing",
    downstream: "品牌营销/Brand marketing; 酒旅融合/Liquor tourism",
  },
  {
    key: "tea", nameZh: "茶产业", name: "Tea", provinces: ["35", "53", "33", "52", "43"],
    words: [["茶业", "Tea"], ["农业", "Agriculture"]],
    upstream: "茶树良种繁育/Tea variety breeding; 茶园种植/Tea cultivation",
    midstream: "茶叶初制加工/Primary processing; 茶叶精制加工/Refining; 茶饮料与深加工/Tea beverages and extracts",
    downstream: "茶叶流通/Tea trade; 茶文旅/Tea tourism; 茶叶电商/Tea e-commerce",
  },
  {
    key: "textiles", nameZh: "纺织服装", name: "Textiles and Apparel", provinces: ["33", "32", "44", "37", "35"],
    words: [["纺织", "Textile"], ["服饰", "Apparel"]],
    upstream: "化学纤维/Chemical fibres; 棉麻原料/Cotton and linen; 纺纱/Spinning",
    midstream: "织造/Weaving; 印染/Dyeing and printing; 服装设计与制造/Garment design and manufacturing; 家用纺织品/Home textiles",
    downstream: "品牌零售/Brand retail; 跨境电商/Cross-border e-commerce",
  },
  {
    key: "coal-chemicals", nameZh: "现代煤化工", name: "Modern Coal Chemicals", provinces: ["61", "15", "65", "64", "14"],
    words: [["化工", "Chemical"], ["能源", "Energy"]],
    upstream: "煤炭开采/Coal mining; 煤炭洗选/Coal washing",
    midstream: "煤制烯烃/Coal-to-olefins; 煤制油/Coal-to-liquids; 煤制乙二醇/Coal-to-glycol; 焦化/Coking",
    downstream: "精细化学品/Fine chemicals; 化工新材料/New chemical materials; 二氧化碳捕集利用/Carbon capture and use",
  },
  {
    key: "petrochemicals", nameZh: "石油化工", name: "Petrochemicals", provinces: ["21", "37", "44", "32", "33", "12"],
    words: [["石化", "Petrochemical"], ["化工", "Chemical"]],
    upstream: "原油开采/Crude oil extraction; 油气储运/Oil and gas storage and transport",
    midstream: "炼油/Refining; 乙烯/Ethylene; 芳烃/Aromatics; 合成树脂/Synthetic resins; 合成橡胶/Synthetic rubber",
    downstream: "精细化工/Fine chemicals; 塑料制品/Plastic products",
  },
  {
    key: "steel", nameZh: "钢铁", name: "Iron and Steel", provinces: ["13", "37", "32", "21", "14"],
    words: [["钢铁", "Steel"], ["冶金", "Metallurgy"]],
    upstream: "铁矿石/Iron ore; 焦煤焦炭/Coking coal and coke; 废钢回收/Scrap steel recycling",
    midstream: "炼铁/Ironmaking; 炼钢/Steelmaking; 轧钢/Rolling; 特殊钢/Special steel",
    downstream: "钢结构/Steel structures; 金属制品/Metal products",
  },
  {
    key: "rail", nameZh: "轨道交通装备", name: "Rail Transit Equipment", provinces: ["43", "22", "37", "32", "51"],
    words: [["轨道交通", "Rail Transit"], ["装备", "Equipment"]],
    upstream: "牵引电机与变流器/Traction motors and converters; 制动系统/Braking systems; 轴承与转向架部件/Bearings and bogie parts; 车体材料/Car-body materials",
    midstream: "整车制造/Rolling stock manufacturing; 信号系统/Signalling systems; 牵引供电系统/Traction power systems",
    downstream: "运营维保/Operation and maintenance; 检测认证/Testing and certification",
  },
  {
    key: "shipbuilding", nameZh: "船舶与海洋工程装备", name: "Shipbuilding and Offshore Engineering", provinces: ["21", "32", "37", "31", "44"],
    words: [["船舶", "Shipbuilding"], ["海洋工程", "Marine Engineering"]],
    upstream: "船用钢材/Marine steel; 船舶动力/Marine power; 船舶配套设备/Marine equipment",
    midstream: "船舶设计/Ship design; 船舶总装建造/Shipbuilding; 海洋工程装备/Offshore equipment",
    downstream: "航运服务/Shipping services; 船舶修理/Ship repair",
  },
  {
    key: "power-equipment", nameZh: "电力装备", name: "Power Equipment", provinces: ["51", "23", "61", "32"],
    words: [["电气", "Electric"], ["电力设备", "Power Equipment"]],
    upstream: "电工钢与铜材/Electrical steel and copper; 绝缘材料/Insulation materials; 功率器件/Power devices",
    midstream: "发电设备/Power generation equipment; 输变电设备/Transmission and transformation equipment; 配电设备/Distribution equipment",
    downstream: "电网建设/Grid construction; 运维检修/Maintenance and repair; 综合能源服务/Integrated energy services",
  },
  {
    key: "environment", nameZh: "节能环保", name: "Energy Conservation and Environmental Protection", national: true,
    words: [["环保", "Environmental Protection"], ["环境科技", "Environmental Technology"]],
    upstream: "环保材料/Environmental materials; 环境监测仪器/Monitoring instruments",
    midstream: "节能装备/Energy-saving equipment; 水处理设备/Water treatment equipment; 大气治理设备/Air pollution control equipment; 固废处置/Solid waste treatment",
    downstream: "环境工程服务/Environmental engineering services; 合同能源管理/Energy performance contracting; 资源循环利用/Resource recycling",
  },
  {
    key: "logistics", nameZh: "现代物流", name: "Modern Logistics", national: true,
    words: [["物流", "Logistics"], ["供应链", "Supply Chain"]],
    upstream: "物流装备/Logistics equipment; 物流信息平台/Logistics information platforms",
    midstream: "仓储/Warehousing; 干线运输/Trunk transport; 多式联运/Multimodal transport; 冷链物流/Cold-chain logistics",
    downstream: "城市配送/Urban delivery; 跨境物流/Cross-border logistics; 供应链金融/Supply-chain finance",
  },
  {
    key: "tourism", nameZh: "文化旅游", name: "Cultural Tourism", provinces: ["53", "61", "46", "54", "45"],
    words: [["文旅", "Cultural Tourism"], ["旅游", "Tourism"]],
    upstream: "文化资源开发/Cultural resource development; 文创设计/Creative design",
    midstream: "景区运营/Scenic area operation; 酒店住宿/Hotels; 旅行服务/Travel services; 演艺娱乐/Performing arts",
    downstream: "文创商品/Cultural products; 智慧旅游服务/Smart tourism services",
  },
  {
    key: "digital-creative", nameZh: "数字创意", name: "Digital Creative", provinces: ["44", "33", "31", "11", "51"],
    words: [["数字文化", "Digital Culture"], ["传媒", "Media"]],
    upstream: "内容创作/Content creation; 数字创作工具/Digital creation tools",
    midstream: "动漫游戏/Animation and games; 影视制作/Film and TV production; 数字出版/Digital publishing; 虚拟现实/Virtual reality",
    downstream: "内容分发平台/Content platforms; 版权运营/Copyright operation",
  },
  {
    key: "beidou", nameZh: "北斗卫星应用", name: "BeiDou Satellite Applications", provinces: ["42", "61", "44", "11"],
    words: [["卫星应用", "Satellite Applications"], ["导航", "Navigation"]],
    upstream: "导航芯片/Navigation chips; 天线与模块/Antennas and modules",
    midstream: "导航终端/Navigation terminals; 地基增强系统/Ground augmentation systems; 位置服务平台/Location service platforms",
    downstream: "交通运输应用/Transport applications; 精准农业应用/Precision agriculture; 应急减灾应用/Emergency management",
  },
  {
    key: "uav", nameZh: "无人机", name: "Unmanned Aerial Vehicles", provinces: ["44", "51", "61"],
    words: [["无人机", "UAV"], ["航空科技", "Aviation Technology"]],
    upstream: "飞控系统/Flight controllers; 无人机动力系统/Propulsion systems; 复合材料/Composite materials",
    midstream: "整机研发制造/UAV manufacturing; 任务载荷/Payloads; 地面站/Ground stations",
    downstream: "植保作业/Crop protection services; 巡检测绘/Inspection and surveying; 低空物流/Low-altitude logistics",
  },
  {
    key: "icv", nameZh: "智能网联汽车", name: "Intelligent Connected Vehicles", national: true,
    words: [["智能驾驶", "Autonomous Driving"], ["车联网", "Connected Vehicle"]],
    upstream: "激光雷达与传感器/Lidar and sensors; 车载计算平台/Computing platforms; 高精度地图/HD maps",
    midstream: "自动驾驶系统/Autonomous driving systems; 车载通信/V2X communications; 智能座舱/Smart cockpits",
    downstream: "智慧交通/Smart transport; 出行服务/Mobility services",
  },
  {
    key: "ceramics", nameZh: "先进陶瓷", name: "Advanced Ceramics", provinces: ["36", "44", "37", "35"],
    words: [["陶瓷", "Ceramics"], ["新材料", "New Materials"]],
    upstream: "陶瓷粉体/Ceramic powders; 窑炉装备/Kiln equipment",
    midstream: "结构陶瓷/Structural ceramics; 功能陶瓷/Functional ceramics; 日用与建筑陶瓷/Household and building ceramics; 电子陶瓷/Electronic ceramics",
    downstream: "陶瓷文创/Ceramic crafts; 陶瓷终端应用/End applications",
  },
  {
    key: "carbon-fibre", nameZh: "碳纤维及复合材料", name: "Carbon Fibre and Composites", provinces: ["32", "37", "22"],
    words: [["碳纤维", "Carbon Fibre"], ["复合材料", "Composites"]],
    upstream: "丙烯腈/Acrylonitrile; 原丝/Precursor fibre",
    midstream: "碳纤维/Carbon fibre; 预浸料/Prepregs; 树脂基体/Resin matrices; 复合材料构件/Composite parts",
    downstream: "风电叶片/Wind turbine blades; 体育器材/Sports equipment; 压力容器/Pressure vessels",
  },
  {
    key: "green-food", nameZh: "绿色食品", name: "Green Food", provinces: ["23", "41", "37", "22"],
    words: [["食品", "Food"], ["农业", "Agriculture"]],
    upstream: "良种繁育/Seed breeding; 种植养殖/Farming; 农资供应/Farm inputs",
    midstream: "粮油加工/Grain and oil processing; 肉制品加工/Meat processing; 果蔬加工/Fruit and vegetable processing; 预制菜/Prepared dishes",
    downstream: "冷链配送/Cold-chain delivery; 食品品牌营销/Brand marketing",
  },
  {
    key: "wind", nameZh: "风电装备", name: "Wind Power Equipment", provinces: ["15", "65", "62", "37", "32"],
    words: [["风电", "Wind Power"], ["新能源", "New Energy"]],
    upstream: "叶片材料/Blade materials; 轴承与齿轮箱/Bearings and gearboxes; 塔筒/Towers",
    midstream: "风力发电机/Generators; 风电整机制造/Turbine manufacturing; 风电变流器/Converters",
    downstream: "风电场建设/Wind farm construction; 风电运维/Operation and maintenance",
  },
  {
    key: "farm-machinery", nameZh: "现代农机装备", name: "Modern Agricultural Machinery", provinces: ["41", "37", "23", "34"],
    words: [["农机", "Agricultural Machinery"], ["装备", "Equipment"]],
    upstream: "农机发动机/Engines; 液压件/Hydraulic parts; 农机电子/Agricultural electronics",
    midstream: "拖拉机/Tractors; 收获机械/Harvesters; 植保机械/Crop protection machinery; 智能农机/Smart farm machinery",
    downstream: "农机社会化服务/Farm machinery services; 农机维修服务/Repair services",
  },
  {
    key: "telecom", nameZh: "新一代通信", name: "Next-generation Communications", national: true,
    words: [["通信", "Communications"], ["网络科技", "Network Technology"]],
    upstream: "射频器件/RF components; 光通信器件/Optical components; 通信芯片/Communication chips",
    midstream: "基站设备/Base station equipment; 光传输设备/Optical transmission equipment; 通信终端/Communication terminals",
    downstream: "网络建设/Network construction; 行业应用/Industry applications",
  },
  {
    key: "aerospace", nameZh: "航天", name: "Aerospace", provinces: ["61", "11", "31", "51"],
    words: [["航天", "Aerospace"], ["宇航", "Astronautics"]],
    upstream: "航天材料/Aerospace materials; 宇航级元器件/Space-grade components",
    midstream: "运载火箭/Launch vehicles; 卫星制造/Satellite manufacturing; 航天动力/Space propulsion; 测控设备/Tracking and control equipment",
    downstream: "卫星运营/Satellite operation; 遥感应用/Remote sensing applications",
  },
  {
    key: "home-furnishing", nameZh: "家居", name: "Home Furnishing", provinces: ["44", "33", "51", "36"],
    words: [["家居", "Home Furnishing"], ["木业", "Wood"]],
    upstream: "人造板材/Wood-based panels; 五金配件/Hardware",
    midstream: "定制家具/Custom furniture; 软体家具/Upholstered furniture; 智能家居/Smart home; 门窗/Doors and windows",
    downstream: "家居卖场/Home retail; 装修服务/Interior fit-out",
  },
  {
    key: "building-materials", nameZh: "绿色建材", name: "Green Building Materials", provinces: ["34", "41", "13", "45"],
    words: [["建材", "Building Materials"], ["新材料", "New Materials"]],
    upstream: "石灰石与砂石/Limestone and aggregates; 工业固废原料/Industrial waste materials",
    midstream: "水泥/Cement; 玻璃/Glass; 新型墙材/New wall materials; 装配式构件/Prefabricated components",
    downstream: "建筑施工/Construction; 绿色建筑服务/Green building services",
  },
];

export interface SegmentTemplate {
  nameZh: string;
  name: string;
  stage: "upstream" | "midstream" | "downstream";
}

/** A template's segments in chain order. */
export function segmentTemplates(template: ChainTemplate): SegmentTemplate[] {
  const stages = ["upstream", "midstream", "downstream"] as const;
  return stages.flatMap((stage) =>
    template[stage].split(";").map((part) => {
      const [nameZh, name] = part.split("/").map((s) => s.trim());
      if (!nameZh || !name) throw new Error(`chain ${template.key}: segment "${part}" is not 中文/English`);
      return { nameZh, name: name.charAt(0).toUpperCase() + name.slice(1), stage };
    }),
  );
}
