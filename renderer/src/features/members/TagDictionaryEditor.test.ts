import { describe, expect, it } from 'vitest';
import { parseDictionaryText } from './TagDictionaryEditor';

describe('the tag dictionary as the owner types it', () => {
  it('reads one tag per line with half- or full-width separators and skips junk lines', () => {
    expect(
      parseDictionaryText('有孩家庭: 宝宝, 辅食\n宠物主人：猫粮，狗粮、铲屎\n\n没有冒号的行\n: 无名'),
    ).toEqual([
      { tag: '有孩家庭', keywords: ['宝宝', '辅食'] },
      { tag: '宠物主人', keywords: ['猫粮', '狗粮', '铲屎'] },
    ]);
  });
});
