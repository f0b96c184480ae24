import type { ProductKind } from '../../db/schemas/catalog';

export type CatalogRow = [
  sku: string,
  name: string,
  nameEn: string,
  category: string,
  kind: ProductKind,
  unit: string,
  costFen: number,
  priceFen: number,
  supplier: string,
  shelfLifeDays: number,
  certifications: string[],
  tags: string[],
];

/**
 * HQ's demo catalogue: what a community-retail brand's 邻里优选 range looks like. Kept as one line per
 * item (sku | name | English name | category | kind | unit | cost 分 | price 分 | supplier | shelf-life
 * days | certifications | tags) so the list reads like the spreadsheet HQ would send.
 */
const table = `
  LL-MF-001 | 有机米粉(6月龄+) | Organic rice cereal (6m+) | 母婴 | goods | 盒 | 2650 | 3990 | 禾然有机 | 540 | 有机认证,安心厨房 | 有孩家庭,零添加
  LL-EG-030 | 散养土鸡蛋30枚 | Free-range eggs ×30 | 生鲜 | goods | 箱 | 3200 | 4500 | 山里人家合作社 | 30 | 安心厨房 | 日常,老人家庭
  LL-NF-800 | 低敏奶粉800g | Hypoallergenic formula 800 g | 母婴 | goods | 罐 | 21000 | 26800 | 贝诺营养 | 720 | 安心厨房 | 有孩家庭
  LL-JY-500 | 零添加酱油500ml | Additive-free soy sauce 500 ml | 粮油调味 | goods | 瓶 | 1890 | 2990 | 千禾味业 | 540 | 零添加 | 零添加,日常
  LL-SC-BOX | 有机蔬菜箱 | Organic vegetable box | 生鲜 | goods | 箱 | 3900 | 5900 | 绿源农场 | 5 | 有机认证 | 日常,健身人群
  LL-CL-SPR | 春季亲子插花体验课 | Spring parent-child flower class | 服务 | service | 位 | 4000 | 9900 | 花间工作室 | 0 |  | 有孩家庭,活动
  LL-MI-5KG | 五常大米5kg | Wuchang rice 5 kg | 粮油调味 | goods | 袋 | 5200 | 7990 | 五常稻香 | 365 | 地理标志 | 日常
  LL-OL-1L | 冷榨山茶油1L | Cold-pressed camellia oil 1 L | 粮油调味 | goods | 瓶 | 8800 | 12800 | 赣南油坊 | 540 | 安心厨房 | 老人家庭
  LL-MK-950 | 鲜牛奶950ml | Fresh milk 950 ml | 乳品 | goods | 瓶 | 1150 | 1690 | 光明牧场 | 7 | 安心厨房 | 日常,有孩家庭
  LL-YG-4 | 无蔗糖酸奶4杯 | No-sugar yoghurt ×4 | 乳品 | goods | 组 | 1290 | 1990 | 光明牧场 | 21 |  | 健身人群,零添加
  LL-BF-500 | 谷饲牛腱子500g | Grain-fed beef shank 500 g | 生鲜 | goods | 份 | 4200 | 5980 | 科尔沁牧业 | 180 | 安心厨房 | 健身人群
  LL-CK-1 | 农家三黄鸡 | Farm yellow chicken | 生鲜 | goods | 只 | 4500 | 6800 | 山里人家合作社 | 3 |  | 老人家庭
  LL-FS-LB | 冰鲜鲈鱼 | Chilled sea bass | 生鲜 | goods | 条 | 2600 | 3800 | 东海渔港 | 3 |  | 日常
  LL-FR-CH | 赣南脐橙5斤 | Gannan navel oranges 2.5 kg | 水果 | goods | 箱 | 2500 | 3990 | 赣南果园 | 20 | 地理标志 | 日常
  LL-FR-BL | 蓝莓鲜果4盒 | Fresh blueberries ×4 | 水果 | goods | 组 | 3600 | 4990 | 云南蓝莓基地 | 10 |  | 有孩家庭,健身人群
  LL-FR-AP | 烟台苹果10斤 | Yantai apples 5 kg | 水果 | goods | 箱 | 3800 | 5690 | 烟台果农合作社 | 30 | 地理标志 | 日常,老人家庭
  LL-NT-MX | 每日坚果30袋 | Daily mixed nuts ×30 | 休闲零食 | goods | 盒 | 6200 | 8900 | 坚果工坊 | 240 |  | 健身人群
  LL-SN-KD | 儿童无添加溶豆 | Kids yoghurt melts | 母婴 | goods | 盒 | 1500 | 2580 | 禾然有机 | 365 | 安心厨房 | 有孩家庭,零添加
  LL-NB-DP | 婴儿纸尿裤L码 | Baby diapers size L | 母婴 | goods | 包 | 6800 | 8990 | 贝诺营养 | 1095 |  | 有孩家庭
  LL-PF-CT | 全价猫粮2kg | Complete cat food 2 kg | 宠物 | goods | 袋 | 7900 | 10900 | 毛孩子宠物 | 540 |  | 宠物主人
  LL-PF-DG | 无谷狗粮2kg | Grain-free dog food 2 kg | 宠物 | goods | 袋 | 8500 | 11900 | 毛孩子宠物 | 540 |  | 宠物主人
  LL-TE-GR | 明前龙井100g | Pre-Qingming Longjing tea 100 g | 茶饮 | goods | 罐 | 9800 | 15800 | 西湖茶农 | 540 | 地理标志 | 老人家庭
  LL-HN-500 | 土蜂蜜500g | Wild honey 500 g | 滋补 | goods | 瓶 | 4200 | 6800 | 秦岭蜂场 | 730 |  | 老人家庭
  LL-RD-DT | 新疆灰枣1kg | Xinjiang jujubes 1 kg | 滋补 | goods | 袋 | 3100 | 4590 | 和田枣业 | 365 |  | 老人家庭
  LL-OT-1KG | 燕麦片1kg | Rolled oats 1 kg | 早餐 | goods | 袋 | 1900 | 2990 | 阴山燕麦 | 365 |  | 健身人群
  LL-NO-HS | 手工挂面1kg | Hand-made noodles 1 kg | 粮油调味 | goods | 袋 | 1300 | 1990 | 山西面坊 | 365 |  | 日常
  LL-VG-MB | 有机杂粮组合 | Organic grain mix | 粮油调味 | goods | 组 | 3300 | 4890 | 绿源农场 | 365 | 有机认证 | 健身人群
  LL-DL-FR | 速冻手工水饺1kg | Frozen hand-made dumplings 1 kg | 冻品 | goods | 袋 | 2400 | 3590 | 老街坊食品 | 180 | 安心厨房 | 日常
  LL-CL-WS | 植物洗洁精1.5kg | Plant-based dish soap 1.5 kg | 日化 | goods | 瓶 | 1200 | 1990 | 净源日化 | 1095 |  | 有孩家庭
  LL-CL-LD | 婴幼儿洗衣液 | Baby laundry liquid | 日化 | goods | 瓶 | 2300 | 3690 | 净源日化 | 1095 |  | 有孩家庭
  LL-TP-PC | 原生木浆纸巾24包 | Virgin pulp tissues ×24 | 日化 | goods | 提 | 3300 | 4590 | 竹纯纸业 | 1095 |  | 日常
  LL-BR-WW | 全麦吐司 | Whole-wheat toast | 烘焙 | goods | 袋 | 900 | 1590 | 麦香坊 | 4 |  | 健身人群,早餐
  LL-SV-NT | 营养师一对一答疑 | One-to-one dietitian Q&A | 服务 | service | 次 | 3000 | 6900 | 安心营养中心 | 0 | 安心厨房 | 有孩家庭,老人家庭
  LL-SV-LV | 辅食直播课 | Weaning-food live class | 服务 | service | 位 | 1000 | 2900 | 安心营养中心 | 0 |  | 有孩家庭
  LL-SV-WX | 上门家电清洗 | Home appliance cleaning | 服务 | service | 次 | 8000 | 12800 | 邻家帮 | 0 |  | 老人家庭,日常
  LL-SV-PT | 宠物上门喂养 | Pet sitting at home | 服务 | service | 次 | 3500 | 5900 | 毛孩子宠物 | 0 |  | 宠物主人
  LL-SV-HC | 老人健康体检套餐 | Senior health check package | 服务 | service | 位 | 16000 | 23800 | 社区卫生合作站 | 0 |  | 老人家庭
  LL-BK-CK | 亲子烘焙课 | Parent-child baking class | 服务 | service | 位 | 3500 | 8800 | 麦香坊 | 0 |  | 有孩家庭,活动
  LL-FZ-SH | 冷冻虾仁500g | Frozen shrimp 500 g | 冻品 | goods | 袋 | 4300 | 6290 | 东海渔港 | 365 | 安心厨房 | 健身人群
  LL-DR-SJ | 鲜榨橙汁1L | Fresh orange juice 1 L | 饮品 | goods | 瓶 | 1400 | 2290 | 赣南果园 | 5 | 零添加 | 有孩家庭
`;

const list = (cell: string) => (cell === '' ? [] : cell.split(','));

function row(line: string): CatalogRow {
  const cells = line.split('|').map((cell) => cell.trim());
  const [
    sku = '',
    name = '',
    nameEn = '',
    category = '',
    kind = '',
    unit = '',
    cost = '',
    price = '',
    supplier = '',
    days = '',
    certs = '',
    tags = '',
  ] = cells;
  if (cells.length !== 12 || (kind !== 'goods' && kind !== 'service'))
    throw new Error(`bad demo catalogue line: ${line}`);
  return [
    sku,
    name,
    nameEn,
    category,
    kind,
    unit,
    Number(cost),
    Number(price),
    supplier,
    Number(days),
    list(certs),
    list(tags),
  ];
}

export const demoCatalogRows: CatalogRow[] = table.trim().split('\n').map(row);
