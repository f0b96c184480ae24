import { describe, expect, it } from 'vitest';
import { importCommentLog, type ImportOptions } from './import-log';

const now = new Date(2025, 4, 1, 21, 0, 0).getTime();
const options: ImportOptions = { format: 'auto', platform: 'import', now, startAt: now - 3_600_000 };
const lines = (...rows: string[]) => rows.join('\n');
const read = (text: string, extra: Partial<ImportOptions> = {}) =>
  importCommentLog(text, { ...options, ...extra });
const pick = (result: ReturnType<typeof read>) => result.comments.map((c) => [c.nickname, c.text]);

describe('importCommentLog', () => {
  it('reads nickname<TAB>text lines in file order and ignores label columns', () => {
    const result = read(
      lines(
        '# HQ labelled set',
        '李阿姨\t1号要两盒\tbuy\t1\t2',
        '',
        '小王妈妈\t+1',
        'Lily\t改成3盒米粉\tchange\t1\t3',
      ),
    );
    expect(pick(result)).toEqual([
      ['李阿姨', '1号要两盒'],
      ['小王妈妈', '+1'],
      ['Lily', '改成3盒米粉'],
    ]);
    expect(result.comments.map((c) => c.at)).toEqual([
      options.startAt! + 1,
      options.startAt! + 2,
      options.startAt! + 3,
    ]);
    expect(result.comments[0]).toMatchObject({ platform: 'import', userId: '李阿姨', source: 'import' });
    expect(result.skipped).toEqual([]);
  });

  it('reads WeChat-style 昵称：内容 lines, with or without a time, and orders them by time', () => {
    const result = read(
      lines(
        '20:05:10 张姐：鸡蛋来一箱',
        '[20:01] 李阿姨：这个米粉几个月能吃？',
        '晴天: 扣1',
        '这一行没有昵称',
      ),
    );
    expect(pick(result)).toEqual([
      ['李阿姨', '这个米粉几个月能吃？'],
      // Without a time of its own, 晴天's line stays right after the line before it.
      ['晴天', '扣1'],
      ['张姐', '鸡蛋来一箱'],
    ]);
    expect(new Date(result.comments[0]!.at).getHours()).toBe(20);
    expect(result.skipped).toEqual([{ line: 4, reason: 'noSeparator' }]);
    expect(result.skippedTotal).toBe(1);
  });

  it('uses a time in the third column and reports one that cannot be read', () => {
    const result = read(
      lines(
        '昵称\t内容\t时间',
        '老周\t酱油要三瓶\t2025-05-01 20:10:00',
        '阿强\t能送到12栋吗\t昨天晚上',
        '豆豆妈\t\t2025-05-01 20:11:00',
      ),
    );
    expect(pick(result)).toEqual([['老周', '酱油要三瓶']]);
    expect(result.comments[0]!.at).toBe(new Date(2025, 4, 1, 20, 10, 0).getTime());
    expect(result.skipped).toEqual([
      { line: 3, reason: 'badTime' },
      { line: 4, reason: 'noText' },
    ]);
  });

  it('reads CSV with a header, quotes and a platform column', () => {
    const result = read(
      lines(
        'nickname,text,time,platform',
        '"Lily","+2 米粉, 谢谢",1746100000000,douyin',
        'Momo,👍,1746100001000,',
      ),
      { format: 'csv' },
    );
    expect(result.comments.map((c) => [c.platform, c.nickname, c.text, c.at])).toEqual([
      ['douyin', 'Lily', '+2 米粉, 谢谢', 1_746_100_000_000],
      ['import', 'Momo', '👍', 1_746_100_001_000],
    ]);
  });

  it('reads JSON lines and reports the broken ones', () => {
    const result = read(
      lines(
        '{"platform":"douyin","userId":"u1","nickname":"晴天","text":"奶粉是几段的","time":"2025-05-01T12:00:00Z","id":"m1"}',
        '{"nickname":"小芳","text":"4号来5瓶"}',
        '{"nickname":"坏行"',
        '{"text":"没有昵称"}',
      ),
    );
    expect(pick(result)).toEqual([
      ['晴天', '奶粉是几段的'],
      ['小芳', '4号来5瓶'],
    ]);
    expect(result.skipped).toEqual([
      { line: 3, reason: 'badJson' },
      { line: 4, reason: 'invalid' },
    ]);
  });

  it('skips a repeated line and gives the same ids when the same log is imported again', () => {
    const log = lines('晴天\t扣1\t2025-05-01 20:00:00', '晴天\t扣1\t2025-05-01 20:00:00', '阿强\t+1');
    const first = read(log);
    expect(first.skipped).toEqual([{ line: 2, reason: 'duplicate' }]);
    const again = read(log, { now: now + 60_000, startAt: now });
    expect(again.comments.map((c) => c.id)).toEqual(first.comments.map((c) => c.id));
  });

  it('cleans what it imports: floods collapse, long text is cut', () => {
    const result = read(lines(`花花\t${'🌸'.repeat(50)}`, `长文\t${'字'.repeat(6000)}`));
    expect(result.comments.map((c) => [c.collapsed, c.truncated])).toEqual([
      [true, false],
      [false, true],
    ]);
  });
});
