import { fillWithDefaultSettings } from 'rxdb';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildDemoStore, demoAnchor } from '../domain/demo/build-store';
import { collectionDefinitions } from './collections';
import { orderSchema } from './schemas/orders';
import { zodValidator } from './validate-zod';

z.config({ jitless: true });
const store = { storeId: 'sunny-garden', key: Uint8Array.from({ length: 32 }, (_, i) => i + 3) };
const demo = buildDemoStore(demoAnchor(Date.UTC(2026, 10, 25)), store);
const stored = <T extends object>(doc: T) => ({
  ...doc,
  _deleted: false,
  _rev: '1-a',
  _meta: { lwt: 1 },
  _attachments: {},
});

describe('schema validation with zod', () => {
  it('accepts every demo document of every collection', () => {
    for (const [name, docs] of Object.entries(demo)) {
      const definition = collectionDefinitions[name as keyof typeof collectionDefinitions];
      const validate = zodValidator(
        fillWithDefaultSettings(definition.schema as Parameters<typeof fillWithDefaultSettings>[0]),
      );
      for (const doc of docs as object[]) expect(validate(stored(doc)), `${name}`).toEqual([]);
    }
  });

  it.each([
    ['a negative total', { totalFen: -5 }, 'totalFen'],
    [
      'a fractional quantity',
      { lines: [{ productId: 'p', name: 'n', unit: '盒', priceFen: 1, qty: 1.5, pickedQty: 0 }] },
      'lines.0.qty',
    ],
    ['an unknown status', { status: 'lost' }, 'status'],
    ['an unknown field', { sneaky: true }, ''],
    ['a too-long pickup code', { pickupCode: 'x'.repeat(65) }, 'pickupCode'],
  ])('refuses an order with %s, naming the field', (_what, patch, field) => {
    const validate = zodValidator(fillWithDefaultSettings(orderSchema));
    const errors = validate(stored({ ...demo.orders[0], ...patch }));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]?.field).toBe(field);
  });
});
