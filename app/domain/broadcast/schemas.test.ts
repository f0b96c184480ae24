import { describe, expect, it } from 'vitest';
import { audienceFilterSchema, frequencyCapSchema } from './schemas';

describe('audienceFilterSchema', () => {
  it.each<[string, unknown, boolean]>([
    ['consent only', { requireConsent: true }, true],
    [
      'every part',
      {
        requireConsent: false,
        groupIds: ['g-mama'],
        tags: { any: ['宝妈'], all: [], none: ['老人'] },
        boughtProduct: { productId: 'rice', withinDays: 60 },
        notBoughtWithinDays: 30,
        babyAgeMonths: { min: -3, max: 12 },
      },
      true,
    ],
    ['consent left out', {}, false],
    ['zero days', { requireConsent: true, notBoughtWithinDays: 0 }, false],
    [
      'fractional days',
      { requireConsent: true, boughtProduct: { productId: 'rice', withinDays: 1.5 } },
      false,
    ],
    ['no product', { requireConsent: true, boughtProduct: { productId: '', withinDays: 7 } }, false],
    ['an upside-down age range', { requireConsent: true, babyAgeMonths: { min: 12, max: 6 } }, false],
    ['a tag that is not text', { requireConsent: true, tags: { any: [3] } }, false],
  ])('%s → %s', (_name, value, ok) => {
    expect(audienceFilterSchema.safeParse(value).success).toBe(ok);
  });
});

describe('frequencyCapSchema', () => {
  it.each<[unknown, boolean]>([
    [{ perDays: 1, max: 1 }, true],
    [{ perDays: 7, max: 3 }, true],
    [{ perDays: 0, max: 1 }, false],
    [{ perDays: 1, max: 0 }, false],
    [{ perDays: 1.5, max: 1 }, false],
    [{ perDays: '1', max: 1 }, false],
    [null, false],
  ])('%j → %s', (value, ok) => expect(frequencyCapSchema.safeParse(value).success).toBe(ok));
});
