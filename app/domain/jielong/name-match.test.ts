import { describe, expect, it } from 'vitest';
import { createNicknameMatcher, matchNickname, nicknameKey, type NicknameMember } from './name-match';

const members: NicknameMember[] = [
  { id: 'li', name: '李秀英', nicknames: ['李阿姨', '🌸李阿姨🌸'] },
  { id: 'wang', name: '王红', nicknames: ['王姐-3单元'] },
  { id: 'lily', name: 'Lily Zhang', nicknames: ['Lily'] },
  { id: 'zhang5', name: '张伟', nicknames: ['张三(5栋)'] },
  { id: 'zhang8', name: '张强', nicknames: ['张三(8栋)'] },
  { id: 'chen', name: '陈静', nicknames: ['小陈', '【团长】陈'] },
  { id: 'zhao1', name: '赵敏', nicknames: ['赵姐'] },
  { id: 'zhao2', name: '赵芳', nicknames: ['赵姐'] },
];

describe('matchNickname', () => {
  it.each<[string, string | null, number?]>([
    ['李阿姨', 'li', 1],
    [' 李阿姨 ', 'li', 1],
    ['🌸李阿姨🌸', 'li', 1],
    ['李秀英', 'li', 0.95],
    ['李阿姨🌸', 'li', 0.85],
    ['❤️李阿姨❤️', 'li', 0.85],
    ['李阿姨(5栋)', 'li', 0.85],
    ['李阿姨（5栋）', 'li', 0.85],
    ['李阿姨-3单元', 'li', 0.85],
    ['李阿姨 5-302', 'li', 0.85],
    ['李阿姨·2号楼', 'li', 0.85],
    ['王姐', 'wang', 0.85],
    ['王姐 3单元', 'wang', 0.85],
    ['LILY', 'lily', 0.85],
    ['Ｌｉｌｙ', 'lily', 0.85],
    ['lily zhang', 'lily', 0.8],
    ['张三(5栋)', 'zhang5', 1],
    ['小陈', 'chen', 1],
    ['陈', 'chen', 0.85],
    ['张三', null],
    ['赵姐', null],
    ['赵六', null],
    ['🌸🌸', null],
    ['', null],
  ])('%j is %s', (name, memberId, confidence) =>
    expect(matchNickname(name, members)).toEqual(memberId === null ? null : { memberId, confidence }),
  );
});

describe('nicknameKey', () => {
  it.each([
    ['🌸李阿姨🌸', '李阿姨'],
    ['李阿姨(5栋)', '李阿姨'],
    ['李阿姨-3单元', '李阿姨'],
    ['【团长】小王', '小王'],
    ['Ｌｉｌｙ ☆', 'lily'],
    ['Lily2', 'lily2'],
    ['502', '502'],
  ])('%j is %j', (name, key) => expect(nicknameKey(name)).toBe(key));
});

describe('createNicknameMatcher', () => {
  it('links a whole 接龙 with one index, the same answers as one at a time', () => {
    const names = ['李阿姨', '王姐(3单元)', '张三', 'Lily', '赵姐'];
    const match = createNicknameMatcher(members);
    expect(names.map(match)).toEqual(names.map((name) => matchNickname(name, members)));
    expect(names.map((name) => match(name)?.memberId ?? null)).toEqual(['li', 'wang', null, 'lily', null]);
  });
});
