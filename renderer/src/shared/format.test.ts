import { describe, expect, it } from 'vitest';
import { formatDateTime, maskPhone } from './format';

describe('formatting for the owner', () => {
  it('shows times in the store time zone, not the machine’s', () => {
    expect(formatDateTime(Date.UTC(2026, 10, 25, 16, 30), 'zh-CN')).toBe('11/26 00:30');
  });
  it.each([
    ['+8613800138000', '138****8000'],
    ['', ''],
    ['+8612', '12'],
  ])('masks %s as %s', (phone, masked) => expect(maskPhone(phone)).toBe(masked));
});
