import { AppError } from '../../contract/errors';

export const importFields = [
  'name',
  'phone',
  'product',
  'sku',
  'qty',
  'price',
  'building',
  'note',
  'campaign',
] as const;
export type ImportField = (typeof importFields)[number];

/** Column index per field; name, product and qty are needed to make an order at all. */
export type ColumnMapping = { [F in ImportField]?: number } & { name: number; product: number; qty: number };

const requiredFields = ['name', 'product', 'qty'] as const;

/**
 * Header words seen in exports of 快团团, 群接龙, 微店 and hand-made sheets. Compared after normalizing
 * (lower case, no spaces, underscores or bracketed units).
 */
const synonyms: Record<ImportField, readonly string[]> = {
  name: [
    '昵称',
    '姓名',
    '客户',
    'name',
    'nickname',
    '客户昵称',
    '收货人',
    '联系人',
    '下单人',
    'customer',
    'customername',
    'buyer',
  ],
  phone: [
    '手机',
    '电话',
    '联系方式',
    'phone',
    '手机号',
    '手机号码',
    '电话号码',
    'mobile',
    'tel',
    'phonenumber',
  ],
  product: ['商品', '商品名称', '品名', 'product', '商品名', 'productname', 'item', 'itemname'],
  sku: ['规格', 'sku', '编码', '商品编码'],
  qty: ['数量', '件数', 'qty', 'quantity', '购买数量', '份数'],
  price: ['金额', '实付', 'price', '实付金额', '单价', 'amount', 'paid'],
  building: ['楼栋', '地址', 'building', '楼号', '收货地址', 'address'],
  note: ['备注', 'note', 'notes', 'remark', 'remarks'],
  campaign: ['团购', '活动', 'campaign', '团购名称', '活动名称', 'campaignname'],
};

function normalizeHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\(.*?\)|（.*?）|【.*?】|\[.*?\]/g, '')
    .replace(/[\s_\-*:：]/g, '');
}

/**
 * How well a header names a field: 3 exact, 2 ends with a synonym, 1 contains one. Chinese compounds put
 * the head noun last, so 商品数量 is a quantity and 商品规格 a specification, not a product.
 */
function score(header: string, synonym: string): number {
  if (header === synonym) return 3;
  if (header.endsWith(synonym)) return 2;
  return header.includes(synonym) ? 1 : 0;
}

interface Guess {
  field: ImportField;
  score: number;
  length: number;
}

function guessField(header: string): Guess | null {
  let best: Guess | null = null;
  for (const field of importFields) {
    for (const synonym of synonyms[field]) {
      const value = score(header, synonym);
      if (value === 0) continue;
      // A longer synonym is the more specific reading (实付金额 over 金额); field order breaks what is left.
      if (best === null || value > best.score || (value === best.score && synonym.length > best.length)) {
        best = { field, score: value, length: synonym.length };
      }
    }
  }
  return best;
}

/**
 * Finds each field's column from the header row. Every column names at most one field; where two columns
 * claim the same field the clearer header wins, then the leftmost. Throws IMPORT_INVALID {reason:
 * 'columns', missing} when name, product or quantity cannot be found.
 */
export function mapColumns(headers: readonly string[]): ColumnMapping {
  const found = new Map<ImportField, { index: number; score: number }>();
  headers.forEach((header, index) => {
    const guess = guessField(normalizeHeader(header));
    if (guess === null) return;
    const current = found.get(guess.field);
    if (current === undefined || guess.score > current.score)
      found.set(guess.field, { index, score: guess.score });
  });
  const missing = requiredFields.filter((field) => !found.has(field));
  const name = found.get('name')?.index;
  const product = found.get('product')?.index;
  const qty = found.get('qty')?.index;
  if (name === undefined || product === undefined || qty === undefined) {
    throw new AppError('IMPORT_INVALID', `Missing columns: ${missing.join(', ')}`, {
      reason: 'columns',
      missing,
    });
  }
  const mapping: ColumnMapping = { name, product, qty };
  for (const [field, { index }] of found) mapping[field] = index;
  return mapping;
}
