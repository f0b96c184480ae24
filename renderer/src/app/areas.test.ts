import { describe, expect, it } from 'vitest';
import { areaFromHash } from './areas';

describe('areaFromHash', () => {
  it.each([
    ['#/members', 'members'],
    ['#/settings/x', 'settings'],
    ['', 'orders'],
    ['#token=abc', 'orders'],
    ['#/nope', 'orders'],
  ])('%s opens %s', (hash, area) => expect(areaFromHash(hash)).toBe(area));
});
