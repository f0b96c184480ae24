import { describe, expect, it } from 'vitest';
import { buildEvent } from './new-event';
import { eventInput, now, refusalOf, startsAt } from './test-support';

describe('a new event', () => {
  it('starts empty, with trimmed texts and the owner’s numbers', () => {
    expect(buildEvent(eventInput({ priceFen: 1990 }), now)).toEqual({
      id: 'ev-1',
      title: '宝宝辅食试吃会',
      startsAt,
      capacity: 2,
      priceFen: 1990,
      place: '南门店二楼',
      signups: [],
      createdAt: now,
      updatedAt: now,
    });
  });

  it.each([
    ['a free event', { priceFen: 0 }],
    ['one seat', { capacity: 1 }],
    ['a thousand seats', { capacity: 1000 }],
    ['a start one millisecond ahead', { startsAt: now + 1 }],
    ['a 120-character title', { title: '活'.repeat(120) }],
  ])('accepts %s', (_case, patch) => {
    expect(() => buildEvent(eventInput(patch), now)).not.toThrow();
  });

  it.each([
    ['no id', { id: '' }, 'id'],
    ['a blank title', { title: '   ' }, 'title'],
    ['a 121-character title', { title: '活'.repeat(121) }, 'title'],
    ['a start now', { startsAt: now }, 'startsAt'],
    ['a start in the past', { startsAt: now - 1 }, 'startsAt'],
    ['a start that is not a time', { startsAt: Number.NaN }, 'startsAt'],
    ['no seats', { capacity: 0 }, 'capacity'],
    ['1001 seats', { capacity: 1001 }, 'capacity'],
    ['half a seat', { capacity: 1.5 }, 'capacity'],
    ['a negative price', { priceFen: -1 }, 'priceFen'],
    ['a price in fractions of a fen', { priceFen: 9.5 }, 'priceFen'],
    ['no place', { place: ' ' }, 'place'],
  ])('is refused with %s, naming the field', (_case, patch, field) => {
    expect(refusalOf(() => buildEvent(eventInput(patch), now))).toEqual({ reason: 'invalid', field });
  });
});
