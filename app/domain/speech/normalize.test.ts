import { describe, expect, it } from 'vitest';
import { normalizeTranscript, tokenize } from './normalize';

describe('normalizeTranscript', () => {
  it.each([
    ['好的，买！', '好的买'],
    ['好的 买', '好的买'],
    ['ＡＢＣ１２３', 'abc123'],
    ['iPhone 15 Pro!', 'iphone15pro'],
    ['“这款”～很好…', '这款很好'],
    ['打八折 20% ¥99', '打八折2099'],
    ['一百二十块', '一百二十块'],
    ['\u3000全角空格\t', '全角空格'],
    ['', ''],
  ])('%j → %j', (text, expected) => {
    expect(normalizeTranscript(text)).toBe(expected);
  });
});

describe('tokenize', () => {
  it('keeps each Chinese character apart and each Latin word and number whole, with where it ends', () => {
    expect(tokenize('买 iPhone15，好')).toEqual([
      { text: '买', end: 1 },
      { text: 'iphone', end: 8 },
      { text: '15', end: 10 },
      { text: '好', end: 12 },
    ]);
  });

  it('splits the same with or without a space between a word and a number', () => {
    expect(tokenize('iPhone 15').map((t) => t.text)).toEqual(tokenize('iPhone15').map((t) => t.text));
  });

  it('splits Latin words at spaces and punctuation', () => {
    expect(tokenize('Hello, World').map((t) => t.text)).toEqual(['hello', 'world']);
  });

  it('folds full-width letters into the same word', () => {
    expect(tokenize('ＯＫ啦').map((t) => t.text)).toEqual(['ok', '啦']);
  });

  it('measures ends in UTF-16 units, past characters outside the BMP', () => {
    expect(tokenize('𠀀好')).toEqual([
      { text: '𠀀', end: 2 },
      { text: '好', end: 3 },
    ]);
  });
});
