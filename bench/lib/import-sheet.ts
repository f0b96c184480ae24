import { demoCatalogRows } from '../../app/domain/demo/catalog-data';
import type { XlsxSheet } from '../../app/domain/export/xlsx';
import { memberPhone } from './book-people';
import { seededRandom, type OrderWorld } from './order-fixtures';

/**
 * A 快团团-style export for the import benchmark: one row per product a neighbour took, as group-buy tools
 * write them, with the mess real files carry (formatted phone numbers, 两份 and ×2, decorated product
 * titles, money as text) and a sprinkle of rows the owner must fix. Deterministic per seed.
 */

export interface ImportSheetSize {
  rows: number;
  /** Distinct neighbours; every one appears at least once. At most the world's member count. */
  neighbours: number;
  /** Share of rows with exactly one defect each. */
  badShare: number;
}

export interface ImportSheet {
  sheet: XlsxSheet;
  /** Rows written with a defect; validation should report exactly this many errors. */
  badRows: number;
  /** Neighbours whose number is not a member's: their orders are imported as walk-ins. */
  strangers: number;
}

const headers = ['跟团号', '下单人', '手机号', '商品名称', '数量', '实付金额', '收货地址', '备注'];
const notes = ['放门口就行', '晚上七点后来取', '要新鲜一点的', '谢谢团长', '帮忙分开装'];
const chineseNumerals: Record<number, string> = { 1: '一', 2: '两', 3: '三', 5: '五', 10: '十', 12: '十二' };
const products = demoCatalogRows.map(([, name, , , , , , priceFen]) => ({ name, priceFen }));

interface Neighbour {
  name: string;
  phone: string;
  address: string;
  /** `${product}|${qty}` already written for this neighbour: the same pair again would be a duplicate row. */
  taken: Set<string>;
}

/** Excel users type numbers every way there is; all of these normalize to one mainland number. */
function phoneText(random: () => number, phone: string): string {
  const digits = phone.slice(3);
  const roll = random();
  if (roll < 0.7) return digits;
  if (roll < 0.85) return `${digits.slice(0, 3)} ${digits.slice(3, 7)} ${digits.slice(7)}`;
  if (roll < 0.95) return `${digits.slice(0, 3)}-${digits.slice(3, 7)}-${digits.slice(7)}`;
  return `+86 ${digits}`;
}

function neighboursOf(world: OrderWorld, count: number, random: () => number): Neighbour[] {
  if (count > world.members.length) throw new Error(`the world has only ${world.members.length} members`);
  return world.members.slice(0, count).map((member, index) => ({
    name: member.name,
    // One in ten gives a number the store has never seen.
    phone: random() < 0.1 ? `+86137${String(index * 4409 + 77).padStart(8, '0')}` : memberPhone(index),
    address: random() < 0.2 ? `阳光花园${member.building}${1 + (index % 18)}0${1 + (index % 4)}` : '',
    taken: new Set(),
  }));
}

function qtyCell(random: () => number, qty: number): string | number {
  const roll = random();
  const numeral = chineseNumerals[qty];
  if (roll < 0.04 && numeral !== undefined) return `${numeral}份`;
  if (roll < 0.08) return `${qty}份`;
  if (roll < 0.1) return `×${qty}`;
  return qty;
}

/** A product and quantity this neighbour has no row for yet: repeating both would be a duplicate row. */
function pickLine(random: () => number, who: Neighbour): { product: (typeof products)[number]; qty: number } {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const index = Math.floor(random() * products.length);
    const qty = random() < 0.95 ? 1 + Math.floor(random() * 3) : ([5, 10, 12][Math.floor(random() * 3)] ?? 5);
    const product = products[index];
    if (!product || who.taken.has(`${index}|${qty}`)) continue;
    who.taken.add(`${index}|${qty}`);
    return { product, qty };
  }
  throw new Error(`${who.name} has a row for nearly every product already`);
}

function goodRow(random: () => number, serial: number, who: Neighbour): (string | number)[] {
  const { product, qty } = pickLine(random, who);
  const title = random() < 0.03 ? `【邻里团】${product.name}` : product.name;
  const paid = (product.priceFen * qty) / 100;
  const note = random() < 0.05 ? (notes[Math.floor(random() * notes.length)] ?? '') : '';
  return [
    serial,
    who.name,
    phoneText(random, who.phone),
    title,
    qtyCell(random, qty),
    random() < 0.3 ? `¥${paid.toFixed(2)}` : paid,
    who.address,
    note,
  ];
}

/** A row with exactly one thing wrong, cycling through what owners actually get wrong. */
function badRow(serial: number, who: Neighbour, kind: number): (string | number)[] {
  const row = goodRow(() => 0.5, serial, { ...who, taken: new Set() });
  if (kind === 0) row[2] = who.phone.slice(3, 13); // one digit short
  if (kind === 1) row[3] = '神秘盲盒';
  if (kind === 2) row[4] = '半份';
  if (kind === 3) row[4] = 0;
  if (kind === 4) row[1] = '';
  return row;
}

export function importSheet(world: OrderWorld, seed: number, size: ImportSheetSize): ImportSheet {
  const random = seededRandom(seed);
  const neighbours = neighboursOf(world, size.neighbours, random);
  const rows: (string | number)[][] = [];
  let badRows = 0;
  for (let index = 0; index < size.rows; index += 1) {
    // The first pass gives everyone a row; after that the regulars (the first fifth) order more often.
    const share = random() < 0.4 ? 0.2 : 1;
    const at = index < neighbours.length ? index : Math.floor(random() * neighbours.length * share);
    const who = neighbours[at];
    if (!who) throw new Error(`no neighbour ${at}`);
    const bad = index >= neighbours.length && random() < size.badShare;
    if (bad) badRows += 1;
    rows.push(bad ? badRow(index + 1, who, badRows % 5) : goodRow(random, index + 1, who));
  }
  return {
    sheet: {
      name: '跟团订单',
      columns: headers.map((header) => ({ header, width: header === '商品名称' ? 24 : 12 })),
      rows,
    },
    badRows,
    strangers: neighbours.filter((who) => who.phone.startsWith('+86137')).length,
  };
}
