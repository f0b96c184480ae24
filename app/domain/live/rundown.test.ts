import { describe, expect, it } from 'vitest';
import type { RundownItem } from '../../db/schemas/live-sessions';
import { advance, currentPosition, nextItem, positionsOf, validateRundown } from './rundown';
import { minute, refusalOf, rundownOf, session, shownAt, t0 } from './test-support';

const catalogue = new Set(['apple', 'banana', 'cherry']);

describe('validateRundown', () => {
  it('accepts repeated products and the bounds of planned minutes', () => {
    expect(() =>
      validateRundown(rundownOf(['apple', 1], ['banana', 180], ['apple', 3]), catalogue),
    ).not.toThrow();
  });

  it('accepts 200 items and refuses 201', () => {
    const items = (n: number): RundownItem[] =>
      rundownOf(...Array.from({ length: n }, () => ['apple', 1] as [string, number]));
    expect(() => validateRundown(items(200), catalogue)).not.toThrow();
    expect(refusalOf(() => validateRundown(items(201), catalogue))).toEqual({
      reason: 'tooMany',
      count: 201,
    });
  });

  it('refuses an empty rundown', () => {
    expect(refusalOf(() => validateRundown([], catalogue))).toEqual({ reason: 'empty' });
  });

  it.each([0, 181, 1.5, -2, Number.NaN])('refuses %d planned minutes, naming the item', (plannedMinutes) => {
    const items = rundownOf(['apple', 5], ['banana', plannedMinutes]);
    expect(refusalOf(() => validateRundown(items, catalogue))).toEqual({
      reason: 'minutes',
      index: 1,
      number: 2,
      plannedMinutes,
    });
  });

  it('refuses a product the catalogue does not have, naming it', () => {
    const items = rundownOf(['apple', 5], ['banana', 5], ['durian', 5]);
    expect(refusalOf(() => validateRundown(items, catalogue))).toEqual({
      reason: 'product',
      index: 2,
      number: 3,
      productId: 'durian',
    });
  });
});

describe('currentPosition', () => {
  const rundown = rundownOf(['a', 5], ['b', 5], ['c', 5], ['a', 5], ['d', 5]);
  it.each<[string, string[], number]>([
    ['nothing shown yet', [], -1],
    ['the first product', ['a'], 0],
    ['the planned next one', ['a', 'b'], 1],
    ['a repeated product, at its later slot', ['a', 'b', 'a'], 3],
    ['the current product shown again', ['a', 'a'], 0],
    ['a jump ahead', ['a', 'c'], 2],
    ['a jump back, to the nearest earlier slot', ['a', 'c', 'b'], 1],
    ['a product off the rundown', ['a', 'x'], -1],
    ['the rundown resumed after an off-rundown product', ['a', 'x', 'b'], 1],
    ['a repeat after the end of the rundown', ['a', 'b', 'c', 'a', 'd', 'a'], 3],
  ])('is right for %s', (_case, products, expected) => {
    const shown = products.map((productId, i) => ({ productId, at: t0 + i * minute }));
    expect(currentPosition({ rundown, shown })).toBe(expected);
  });

  it('advances through a product planned twice in a row', () => {
    const twice = rundownOf(['a', 5], ['a', 5], ['b', 5]);
    expect(currentPosition({ rundown: twice, shown: shownAt(['a', 0], ['a', 5]) })).toBe(1);
    expect(currentPosition({ rundown: twice, shown: shownAt(['a', 0], ['a', 5], ['a', 6]) })).toBe(1);
  });

  it('keeps the last rundown segment reached while an off-rundown product is on air', () => {
    expect(positionsOf({ rundown, shown: shownAt(['a', 0], ['b', 5], ['x', 9]) })).toEqual({
      current: -1,
      anchor: 1,
    });
  });
});

describe('nextItem', () => {
  const rundown = rundownOf(['a', 5], ['b', 5], ['c', 5]);
  it.each<[string, string[], { index: number; productId: string } | null]>([
    ['nothing shown', [], { index: 0, productId: 'a' }],
    ['the first shown', ['a'], { index: 1, productId: 'b' }],
    ['an off-rundown product after the second', ['a', 'b', 'x'], { index: 2, productId: 'c' }],
    ['only off-rundown products', ['x'], { index: 0, productId: 'a' }],
    ['a jump back', ['a', 'c', 'a'], { index: 1, productId: 'b' }],
    ['the last shown', ['a', 'b', 'c'], null],
  ])('after %s is %j', (_case, products, expected) => {
    const shown = products.map((productId, i) => ({ productId, at: t0 + i * minute }));
    expect(nextItem({ rundown, shown })).toEqual(expected);
  });
});

describe('advance', () => {
  const now = t0 + 7 * minute;

  it('starts a planned session with the first product', () => {
    const planned = session({ status: 'planned', startedAt: 0 });
    expect(advance(planned, now)).toEqual({
      status: 'live',
      shown: [{ productId: 'apple', at: now }],
      startedAt: now,
      updatedAt: now,
    });
  });

  it('appends the next product and keeps the start of a live session', () => {
    const live = session({ shown: shownAt(['apple', 0]) });
    const patch = advance(live, now);
    expect(patch.startedAt).toBe(t0);
    expect(patch.shown).toEqual([...shownAt(['apple', 0]), { productId: 'banana', at: now }]);
    expect(live.shown).toHaveLength(1);
  });

  it('puts any product on air when the owner jumps, even past the end', () => {
    const done = session({ shown: shownAt(['apple', 0], ['banana', 10], ['cherry', 15]) });
    expect(advance(done, now, 'durian').shown.at(-1)).toEqual({ productId: 'durian', at: now });
  });

  it('walks a rundown that repeats a product back to back', () => {
    let doc = session({ status: 'planned', startedAt: 0, rundown: rundownOf(['a', 5], ['a', 5], ['b', 5]) });
    for (const [i, expected] of ['a', 'a', 'b'].entries()) {
      doc = { ...doc, ...advance(doc, t0 + i * 5 * minute) };
      expect(doc.shown.at(-1)?.productId).toBe(expected);
      expect(currentPosition(doc)).toBe(i);
    }
    expect(refusalOf(() => advance(doc, t0 + 20 * minute))).toEqual({ reason: 'end' });
  });

  it('refuses an ended session, even with a product given', () => {
    const ended = session({ status: 'ended', shown: shownAt(['apple', 0]), endedAt: t0 + minute });
    expect(refusalOf(() => advance(ended, now, 'banana'))).toEqual({ reason: 'ended' });
  });

  it('refuses once the session holds as many entries as the database stores', () => {
    const shown = Array.from({ length: 2000 }, (_, i) => ({ productId: 'apple', at: t0 + i }));
    expect(refusalOf(() => advance(session({ shown }), now, 'banana'))).toEqual({
      reason: 'shownFull',
      count: 2000,
    });
  });
});
