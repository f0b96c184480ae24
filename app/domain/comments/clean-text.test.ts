import { describe, expect, it } from 'vitest';
import { capLength, cleanText, collapseEmojiFloods } from './clean-text';

describe('cleanText', () => {
  it.each<[string, string, string]>([
    ['trims and makes one line', '  1号\n要两盒\t\r\n ', '1号 要两盒'],
    ['drops control characters', 'a\u0000b\u0007c\u009f', 'abc'],
    ['drops bidi overrides that would reverse the display', '\u202e盒两要\u202c', '盒两要'],
    ['drops zero-width spaces and the BOM', '\uFEFF米\u200b粉', '米粉'],
    ['keeps the joiner inside an emoji', '👨\u200d👩\u200d👧', '👨\u200d👩\u200d👧'],
    ['composes to NFC', 'cafe\u0301', 'caf\u00e9'],
    ['collapses full-width and repeated spaces', '要\u3000\u3000两盒   谢谢', '要 两盒 谢谢'],
    ['drops a surrogate without its partner', 'ok\ud800!', 'ok!'],
  ])('%s', (_case, raw, clean) => {
    expect(cleanText(raw)).toBe(clean);
  });
});

describe('collapseEmojiFloods', () => {
  it.each<[string, string, string, boolean]>([
    ['keeps three of a kind', '👍👍👍', '👍👍👍', false],
    ['cuts a run to three', '太好了👍👍👍👍👍👍👍👍👍👍', '太好了👍👍👍', true],
    ['counts a run with spaces between', '👍 👍 👍 👍 👍', '👍👍👍', true],
    ['treats skin tones and ZWJ sequences as one emoji', '👍🏻👍🏻👍🏻👍🏻👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧', '👍🏻👍🏻👍🏻👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧', true],
    ['collapses platform stickers', '[赞][赞][赞][赞][赞][赞]', '[赞][赞][赞]', true],
    [
      'leaves repeated digits and words alone',
      '666666 哈哈哈哈哈哈 +1+1+1+1',
      '666666 哈哈哈哈哈哈 +1+1+1+1',
      false,
    ],
  ])('%s', (_case, raw, text, collapsed) => {
    expect(collapseEmojiFloods(raw)).toEqual({ text, collapsed });
  });

  it('drops emoji past the total limit even when they differ', () => {
    const mixed = '🍎🍌'.repeat(100);
    const result = collapseEmojiFloods(mixed, { maxRepeat: 3, maxTotal: 30 });
    expect(result.collapsed).toBe(true);
    expect([...result.text]).toHaveLength(30);
  });

  it('stays fast on a 100 000-emoji flood', () => {
    const started = Date.now();
    expect(collapseEmojiFloods('😂'.repeat(100_000)).text).toBe('😂😂😂');
    expect(Date.now() - started).toBeLessThan(500);
  });
});

describe('capLength', () => {
  it('keeps text at the limit and cuts text past it, ending in …', () => {
    expect(capLength('a'.repeat(10), 10)).toEqual({ text: 'a'.repeat(10), truncated: false });
    expect(capLength('a'.repeat(11), 10)).toEqual({ text: `${'a'.repeat(9)}…`, truncated: true });
  });

  it('never cuts a surrogate pair in half', () => {
    const { text } = capLength(`${'a'.repeat(8)}😀😀`, 10);
    expect(text).toBe(`${'a'.repeat(8)}…`);
    expect(text.length).toBeLessThanOrEqual(10);
  });
});
