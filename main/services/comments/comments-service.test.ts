import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { PayloadOf } from '../../../app/contract';
import { AppError } from '../../../app/contract/errors';
import { silentLogger } from '../../../app/rpc/logger';
import { createCommentsService } from './comments-service';
import { defaultRehearsalScript } from './rehearsal/default-script';

type Received = PayloadOf<'comments.received'>;
type RehearsalChanged = PayloadOf<'comments.rehearsalChanged'>;

let received: Received[] = [];
let changes: RehearsalChanged[] = [];
const service = createCommentsService({
  dataDir: mkdtempSync(join(tmpdir(), 'linli-comments-')),
  logger: silentLogger,
  emit: (event, payload) => {
    if (event === 'comments.received') received.push(payload as Received);
    if (event === 'comments.rehearsalChanged') changes.push(payload as RehearsalChanged);
  },
  sequencer: { holdMs: 20 },
});
const { handlers } = service;
afterAll(() => service.dispose());
beforeEach(() => {
  received = [];
  changes = [];
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const played = () => received.flatMap((batch) => batch.comments);

async function until<T>(read: () => T | undefined, timeoutMs = 3000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await sleep(10);
  }
}

describe('rehearsal', () => {
  it('ships a default script of realistic lines', () => {
    expect(defaultRehearsalScript.length).toBeGreaterThanOrEqual(60);
    expect(new Set(defaultRehearsalScript.map((line) => line.nickname)).size).toBeGreaterThanOrEqual(15);
    for (const line of defaultRehearsalScript) {
      expect(line.nickname).not.toBe('');
      expect(line.text).not.toBe('');
      expect(Number.isInteger(line.afterMs)).toBe(true);
    }
  });

  it('plays a script at 8× speed, in order, then finishes', async () => {
    const script = ['一', '二', '三', '四', '五'].map((text) => ({ afterMs: 400, nickname: '晴天', text }));
    const started = Date.now();
    const state = await handlers['comments.startRehearsal']({ script, speed: 8, loop: false });
    expect(state).toMatchObject({ state: 'playing', speed: 8, total: 5 });
    const finished = await until(() => changes.find((change) => change.state === 'finished'));
    // Five pauses of 400 ms at 8× are 250 ms; at 1× they would take 2 s.
    expect(Date.now() - started).toBeGreaterThanOrEqual(240);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(finished).toMatchObject({ rehearsalId: state.rehearsalId, played: 5 });
    const comments = await until(() => (played().length === 5 ? played() : undefined));
    expect(comments.map((c) => c.text)).toEqual(['一', '二', '三', '四', '五']);
    expect(comments[0]).toMatchObject({ platform: 'rehearsal', source: 'rehearsal', nickname: '晴天' });
    expect(comments[4]!.at - comments[0]!.at).toBeGreaterThanOrEqual(190);
  });

  it('plays the default script at 8× and stops when asked', async () => {
    const { rehearsalId } = await handlers['comments.startRehearsal']({
      script: 'default',
      speed: 8,
      loop: false,
    });
    // The fifth line is an emoji flood, about 0.9 s into the script at 8×.
    await until(() => (played().length >= 5 ? true : undefined));
    const stopped = await handlers['comments.stopRehearsal']({ rehearsalId });
    expect(stopped).toMatchObject({ state: 'stopped' });
    await sleep(150);
    const count = played().length;
    expect(played().map((c) => c.nickname)).toEqual(
      defaultRehearsalScript.slice(0, count).map((line) => line.nickname),
    );
    expect(played()[4]).toMatchObject({ text: '👍👍👍', collapsed: true });
    await sleep(400);
    expect(played()).toHaveLength(count);
  });

  it('changes speed in the middle of a pause', async () => {
    const started = Date.now();
    const { rehearsalId } = await handlers['comments.startRehearsal']({
      script: [{ afterMs: 4000, nickname: '老周', text: '酱油要三瓶 自提' }],
      speed: 1,
      loop: false,
    });
    await sleep(100);
    expect(await handlers['comments.setRehearsalSpeed']({ rehearsalId, speed: 8 })).toMatchObject({
      speed: 8,
    });
    await until(() => (played().length === 1 ? true : undefined));
    // 100 ms at 1×, then the remaining 3.9 s of script at 8× (about 490 ms).
    expect(Date.now() - started).toBeLessThan(1200);
  });

  it('refuses to steer a rehearsal it does not know', async () => {
    const error = await Promise.resolve()
      .then(() => handlers['comments.stopRehearsal']({ rehearsalId: 'nope' }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'COMMENTS_REHEARSAL_UNKNOWN' });
  });
});

describe('comments.importLog', () => {
  it('imports TSV and 昵称：内容 lines and reports the skipped ones', async () => {
    const text = ['李阿姨\t1号要两盒', '张姐：鸡蛋来一箱', '这一行不是评论', '晴天\t', '小王妈妈\t+1'].join(
      '\n',
    );
    const result = await handlers['comments.importLog']({ text, format: 'auto', platform: 'wechat' });
    expect(result.comments.map((c) => [c.platform, c.nickname, c.text])).toEqual([
      ['wechat', '李阿姨', '1号要两盒'],
      ['wechat', '张姐', '鸡蛋来一箱'],
      ['wechat', '小王妈妈', '+1'],
    ]);
    expect(result.skipped).toEqual([
      { line: 3, reason: 'noSeparator' },
      { line: 4, reason: 'noText' },
    ]);
  });
});
