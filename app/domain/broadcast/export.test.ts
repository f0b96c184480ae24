import { describe, expect, it } from 'vitest';
import { toXlsx } from '../export/xlsx';
import { broadcastRows, broadcastSheet, sentLog, sentRecord, type BroadcastDraft } from './export';
import { applyCap, defaultFrequencyCap } from './frequency-cap';
import { chenNoConsent, liMama, member, now, wangAyi, zhangShu } from './fixtures';

const drafts: BroadcastDraft[] = [
  { member: wangAyi, text: '王阿姨您好～店里新到了有机米粉' },
  { member: liMama, text: '朵朵妈您好～店里新到了有机米粉' },
  { member: chenNoConsent, text: '=静静您好' },
];

describe('broadcastRows', () => {
  it.each<[string, BroadcastDraft, { nickname: string; name: string; phoneTail: string }]>([
    ['a member with everything', drafts[0]!, { nickname: '王阿姨', name: '王秀英', phoneTail: '8000' }],
    [
      'a tail with leading zeros stays text',
      drafts[1]!,
      { nickname: '朵朵妈', name: '李娜', phoneTail: '0086' },
    ],
    ['no phone', drafts[2]!, { nickname: '静静', name: '陈静', phoneTail: '' }],
    [
      'blank nicknames are skipped, names trimmed',
      { member: member('m-x', { nicknames: [' ', '小雨 '], name: ' 周雨 ' }), text: 'hi' },
      { nickname: '小雨', name: '周雨', phoneTail: '' },
    ],
    [
      'nothing known but the id',
      { member: member('m-y'), text: '' },
      { nickname: '', name: '', phoneTail: '' },
    ],
  ])('%s', (_name, draft, expected) => {
    expect(broadcastRows([draft])).toEqual([{ memberId: draft.member.id, text: draft.text, ...expected }]);
  });
});

describe('broadcastSheet', () => {
  it('has Chinese headers by default and string cells only', () => {
    const sheet = broadcastSheet(drafts);
    expect(sheet.name).toBe('群发');
    expect(sheet.columns.map((c) => c.header)).toEqual(['昵称', '姓名', '手机尾号', '文本']);
    expect(sheet.rows[1]).toEqual(['朵朵妈', '李娜', '0086', '朵朵妈您好～店里新到了有机米粉']);
    expect(sheet.rows.flat().every((cell) => typeof cell === 'string')).toBe(true);
  });

  it('has English headers for an English UI, the texts unchanged', () => {
    const sheet = broadcastSheet(drafts, 'en');
    expect(sheet.columns.map((c) => c.header)).toEqual(['Nickname', 'Name', 'Phone (last 4)', 'Message']);
    expect(sheet.rows[0]?.[3]).toBe('王阿姨您好～店里新到了有机米粉');
  });

  it('becomes an .xlsx workbook', async () => {
    const bytes = await toXlsx([broadcastSheet(drafts)]);
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]);
  });
});

describe('sentRecord and sentLog', () => {
  const record = sentRecord({
    id: 's-1',
    at: now,
    templateId: 'new-arrival',
    audience: '宝妈群 · 有孩家庭',
    drafts: [...drafts, { member: wangAyi, text: '王阿姨您好～店里新到了有机米粉' }],
  });

  it('records who got it, how many texts and how many different ones', () => {
    expect(record).toEqual({
      id: 's-1',
      at: now,
      templateId: 'new-arrival',
      audience: '宝妈群 · 有孩家庭',
      memberIds: ['m-wang', 'm-li', 'm-chen'],
      textCount: 4,
      distinctTexts: 3,
    });
  });

  it('one text for everyone is one distinct text', () => {
    const same = sentRecord({
      id: 's-2',
      at: now,
      templateId: 't',
      audience: '全体成员',
      drafts: [wangAyi, liMama].map((m) => ({ member: m, text: '周末有活动' })),
    });
    expect(same.distinctTexts).toBe(1);
  });

  it('feeds the frequency cap', () => {
    const log = sentLog([record, { at: now - 86_400_000, memberIds: ['m-zhang'] }]);
    expect(log).toEqual([
      { memberId: 'm-wang', at: now },
      { memberId: 'm-li', at: now },
      { memberId: 'm-chen', at: now },
      { memberId: 'm-zhang', at: now - 86_400_000 },
    ]);
    const { allowed, capped } = applyCap([wangAyi, zhangShu], log, defaultFrequencyCap, now + 60_000);
    expect(allowed).toEqual([zhangShu]);
    expect(capped.map((c) => c.memberId)).toEqual(['m-wang']);
  });
});
