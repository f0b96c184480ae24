import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DeltaThrottle } from './delta-throttle';

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

function throttle(): { sent: string[]; throttle: DeltaThrottle } {
  const sent: string[] = [];
  return {
    sent,
    throttle: new DeltaThrottle(
      (text) => sent.push(text),
      50,
      () => Date.now(),
    ),
  };
}

describe('DeltaThrottle', () => {
  it('sends the first piece at once and gathers the rest for one send per interval', () => {
    const { sent, throttle: deltas } = throttle();
    deltas.push('你');
    expect(sent).toEqual(['你']);
    for (const piece of ['好', '，', '欢迎']) {
      vi.advanceTimersByTime(10);
      deltas.push(piece);
    }
    expect(sent).toEqual(['你']);
    vi.advanceTimersByTime(20);
    expect(sent).toEqual(['你', '好，欢迎']);
  });

  it('flushes what is pending on demand and ignores empty pieces', () => {
    const { sent, throttle: deltas } = throttle();
    deltas.push('a');
    deltas.push('');
    deltas.push('b');
    deltas.flush();
    expect(sent).toEqual(['a', 'b']);
    vi.advanceTimersByTime(100);
    expect(sent).toEqual(['a', 'b']);
  });

  it('drops what is pending when discarded', () => {
    const { sent, throttle: deltas } = throttle();
    deltas.push('a');
    deltas.push('b');
    deltas.discard();
    vi.advanceTimersByTime(100);
    expect(sent).toEqual(['a']);
  });
});
