import { describe, expect, it } from 'vitest';
import { createJiebaSegmenter } from './segmenter';

describe('createJiebaSegmenter (Node build of jieba-wasm)', () => {
  it.each<[string, string[]]>([
    ['小狗粮食都吃完了', ['小狗', '粮食', '都', '吃', '完', '了']],
    // Dictionary-only cutting: unknown runs stay single characters instead of invented words (粮狗).
    ['猫粮狗粮', ['猫', '粮', '狗', '粮']],
    ['给宝宝买奶粉', ['给', '宝宝', '买', '奶粉']],
    ['', []],
  ])('%j → %j', async (text, words) => {
    const segmenter = await createJiebaSegmenter();
    expect(segmenter.cut(text)).toEqual(words);
  });

  it('keeps every character, so words join back into the text', async () => {
    const segmenter = await createJiebaSegmenter();
    const text = '3号楼 王姐：明天要 2 斤五花肉，谢谢！🙏';
    expect(segmenter.cut(text).join('')).toBe(text);
  });

  it('loads the engine once for concurrent callers', async () => {
    const [a, b] = await Promise.all([createJiebaSegmenter(), createJiebaSegmenter()]);
    expect(a.cut('遛狗')).toEqual(b.cut('遛狗'));
  });
});
