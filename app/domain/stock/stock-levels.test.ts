import { describe, expect, it } from 'vitest';
import type { StockMoveDoc, StockMoveKind } from '../../db/schemas/stock-moves';
import { product } from '../orders/test-support';
import { lowStock, onHandLevels, stockLevels } from './stock-levels';

const move = (
  productId: string,
  kind: StockMoveKind,
  qty: number,
): Pick<StockMoveDoc, 'productId' | 'kind' | 'qty'> => ({
  productId,
  kind,
  qty,
});

const moves = [
  move('eggs', 'receive', 20),
  move('eggs', 'reserve', -5),
  move('eggs', 'release', 2),
  move('eggs', 'sale', -2),
  move('eggs', 'loss', -1),
  move('eggs', 'return', 1),
  move('eggs', 'adjust', -3),
  move('milk', 'receive', 4),
  move('milk', 'reserve', -4),
];

describe('stock levels', () => {
  it('counts reservations against what is available', () => {
    expect(Object.fromEntries(stockLevels(moves))).toEqual({ eggs: 12, milk: 0 });
  });

  it('leaves reservations out of what is on the shelf', () => {
    expect(Object.fromEntries(onHandLevels(moves))).toEqual({ eggs: 15, milk: 4 });
  });
});

describe('low stock', () => {
  const levels = stockLevels(moves);
  it('lists active goods at or below their alert level, emptiest first', () => {
    const products = [
      product('eggs', { lowStockAt: 12 }),
      product('milk', { lowStockAt: 0 }),
      product('rice', { lowStockAt: 5 }),
      product('flour', { lowStockAt: 5, active: false }),
      product('haircut', { kind: 'service', lowStockAt: 5 }),
      product('oil', { lowStockAt: 11 }),
    ];
    const low = lowStock(products, new Map([...levels, ['oil', 12]]));
    expect(low.map(({ product: item, available }) => [item.id, available])).toEqual([
      ['milk', 0],
      ['rice', 0],
      ['eggs', 12],
    ]);
  });
});
