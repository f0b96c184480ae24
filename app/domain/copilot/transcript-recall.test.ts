import { describe, expect, it } from 'vitest';
import { transcriptTail } from './transcript-recall';

describe('transcriptTail', () => {
  const tail = transcriptTail(['米粉39.9元一盒', '大家看一下 保质期 十八个月', '这个米粉 39.9 元 一盒 快拍']);

  it('finds a keyword across the spaces whisper puts in, newest segment first', () => {
    expect(tail.find(['39.9'])).toBe('这个米粉 39.9 元 一盒 快拍');
    expect(tail.find(['39.9元一盒'])).toBe('这个米粉 39.9 元 一盒 快拍');
    expect(tail.find(['自提', '保质期'])).toBe('大家看一下 保质期 十八个月');
    expect(tail.find(['送货'])).toBeNull();
    expect(tail.find([''])).toBeNull();
  });

  it('clips a long segment around the words', () => {
    const long = `${'前'.repeat(40)}保质期18个月${'后'.repeat(40)}`;
    expect(transcriptTail([long]).find(['保质期'])).toBe(
      `…${'前'.repeat(24)}保质期18个月${'后'.repeat(20)}…`,
    );
  });

  it('matches full-width and upper-case text', () => {
    expect(transcriptTail(['ＯＫ　３９．９元']).find(['39.9元'])).toBe('ＯＫ　３９．９元');
  });
});
