import { describe, expect, it } from 'vitest';
import { applyOrderAction } from './lifecycle';
import { hour, line, orderIn, product, t0 } from './test-support';

describe('bundles and stock', () => {
  it('moves no stock for a bundle (its parts are not reserved yet) but still for goods on the same order', () => {
    const bundle = product('p-bundle', { kind: 'bundle', components: [{ productId: 'p-egg', qty: 1 }] });
    const egg = product('p-egg');
    const order = orderIn('draft', { lines: [line(bundle, 1), line(egg, 2)] });
    const { moves } = applyOrderAction(
      order,
      { type: 'confirm' },
      {
        at: t0 + hour,
        by: '店长',
        stock: new Map([
          ['p-egg', 10],
          ['p-bundle', 0],
        ]),
        products: new Map([
          [bundle.id, bundle],
          [egg.id, egg],
        ]),
      },
    );
    expect(moves.map((move) => [move.productId, move.kind, move.qty])).toEqual([['p-egg', 'reserve', -2]]);
  });
});
