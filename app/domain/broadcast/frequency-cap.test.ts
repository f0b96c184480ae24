import { describe, expect, it } from 'vitest';
import { AppError } from '../../contract/errors';
import { applyCap, defaultFrequencyCap, type FrequencyCap, type SentLogEntry } from './frequency-cap';
import { dayMs, shanghai } from './fixtures';

const wang = { id: 'm-wang' };
const li = { id: 'm-li' };
const sent = (at: number, memberId = 'm-wang'): SentLogEntry => ({ memberId, at });
const daily = defaultFrequencyCap;
const weekly: FrequencyCap = { perDays: 7, max: 2 };

describe('applyCap', () => {
  it.each<[string, FrequencyCap, SentLogEntry[], number, number | null]>([
    ['nothing sent yet', daily, [], shanghai(2025, 6, 20, 10), null],
    [
      'sent this morning',
      daily,
      [sent(shanghai(2025, 6, 20, 8))],
      shanghai(2025, 6, 20, 21),
      shanghai(2025, 6, 21, 0),
    ],
    ['sent yesterday', daily, [sent(shanghai(2025, 6, 19, 21))], shanghai(2025, 6, 20, 10), null],
    // 23:50 and 00:10 in Shanghai are 15:50 and 16:10 UTC: one UTC day, two Shanghai days.
    [
      '23:50 then 00:10 in Shanghai',
      daily,
      [sent(shanghai(2025, 6, 19, 23, 50))],
      shanghai(2025, 6, 20, 0, 10),
      null,
    ],
    // 07:50 and 08:10 in Shanghai straddle UTC midnight, yet they are one Shanghai day.
    [
      '07:50 then 08:10 in Shanghai',
      daily,
      [sent(Date.UTC(2025, 5, 19, 23, 50))],
      Date.UTC(2025, 5, 20, 0, 10),
      shanghai(2025, 6, 21, 0),
    ],
    [
      'sent to someone else',
      daily,
      [sent(shanghai(2025, 6, 20, 8), 'm-li')],
      shanghai(2025, 6, 20, 10),
      null,
    ],
    // A device clock running ahead must not block a member until "tomorrow" comes.
    [
      'a send dated tomorrow is ignored',
      daily,
      [sent(shanghai(2025, 6, 21, 8))],
      shanghai(2025, 6, 20, 10),
      null,
    ],
    [
      'two in the week: the older one frees the member',
      weekly,
      [sent(shanghai(2025, 6, 14, 9)), sent(shanghai(2025, 6, 18, 9))],
      shanghai(2025, 6, 20, 10),
      shanghai(2025, 6, 21, 0),
    ],
    [
      'one of the two is 7 days old: outside the window',
      weekly,
      [sent(shanghai(2025, 6, 13, 23, 59)), sent(shanghai(2025, 6, 18, 9))],
      shanghai(2025, 6, 20, 10),
      null,
    ],
    [
      'one in the week, two allowed',
      weekly,
      [sent(shanghai(2025, 6, 18, 9))],
      shanghai(2025, 6, 20, 10),
      null,
    ],
    [
      'three in the week: free once two have aged out',
      weekly,
      [sent(shanghai(2025, 6, 19, 9)), sent(shanghai(2025, 6, 15, 9)), sent(shanghai(2025, 6, 17, 9))],
      shanghai(2025, 6, 20, 10),
      shanghai(2025, 6, 24, 0),
    ],
    [
      'two on the same day with max 2',
      { perDays: 1, max: 2 },
      [sent(shanghai(2025, 6, 20, 8)), sent(shanghai(2025, 6, 20, 9))],
      shanghai(2025, 6, 20, 10),
      shanghai(2025, 6, 21, 0),
    ],
  ])('%s', (_name, cap, log, now, nextAllowedAt) => {
    const result = applyCap([wang], log, cap, now);
    if (nextAllowedAt === null) {
      expect(result).toEqual({ allowed: [wang], capped: [] });
    } else {
      expect(result.allowed).toEqual([]);
      expect(result.capped).toEqual([
        {
          memberId: 'm-wang',
          reason: 'frequencyCap',
          sent: log.filter((entry) => entry.at <= now).length,
          nextAllowedAt,
        },
      ]);
      // Once free, the same log lets the member through.
      expect(applyCap([wang], log, cap, nextAllowedAt).allowed).toEqual([wang]);
      expect(applyCap([wang], log, cap, nextAllowedAt - 1).allowed).toEqual([]);
    }
  });

  it('keeps the recipients in order, each once', () => {
    const log = [sent(shanghai(2025, 6, 20, 8), 'm-li')];
    const result = applyCap([wang, li, wang, { id: 'm-zhang' }], log, daily, shanghai(2025, 6, 20, 9));
    expect(result.allowed.map((m) => m.id)).toEqual(['m-wang', 'm-zhang']);
    expect(result.capped.map((c) => c.memberId)).toEqual(['m-li']);
  });

  it.each<FrequencyCap>([
    { perDays: 0, max: 1 },
    { perDays: 1, max: 0 },
    { perDays: 1.5, max: 1 },
    { perDays: 1, max: Number.NaN },
    { perDays: -7, max: 1 },
  ])('refuses a cap that would let everyone through or nobody: %j', (cap) => {
    expect(() => applyCap([wang], [], cap, dayMs)).toThrow(AppError);
  });
});
