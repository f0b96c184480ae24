import { describe, expect, it } from 'vitest';
import { SpeechChunker, type AudioChunk } from './chunker';
import type { SpeechChunkerOptions } from './chunker-options';
import { concat, frames, mix, noise, sampleAt, silence, tone } from './test-audio';

const frame100ms = sampleAt(100);

function run(audio: Int16Array, options: SpeechChunkerOptions = {}, lengths = [frame100ms]): AudioChunk[] {
  const chunker = new SpeechChunker(options);
  const chunks = frames(audio, lengths).flatMap((frame) => chunker.push(frame));
  return [...chunks, ...chunker.flush()];
}

/** Each chunk's audio must be the stream's audio at the chunk's times. */
function expectFaithful(chunks: readonly AudioChunk[], audio: Int16Array): void {
  for (const chunk of chunks) {
    const from = sampleAt(chunk.startMs);
    expect(chunk.samples.length).toBe(sampleAt(chunk.endMs) - from);
    // findIndex instead of toEqual: comparing 160 000 samples one by one in expect is slow.
    expect(chunk.samples.findIndex((sample, i) => sample !== audio[from + i])).toBe(-1);
  }
}

describe('SpeechChunker', () => {
  it('yields no chunk for a silent stream', () => {
    expect(run(silence(60_000))).toEqual([]);
  });

  it.each([0.002, 0.1])('yields no chunk for steady background noise of ±%d', (amplitude) => {
    expect(run(noise(60_000, amplitude))).toEqual([]);
  });

  it('cuts one utterance, keeping at most padMs (300 ms) of silence around it', () => {
    const audio = concat(silence(1000), tone(3000), silence(2000));
    const chunker = new SpeechChunker();
    const pushed = frames(audio, [frame100ms]).flatMap((frame) => chunker.push(frame));
    expect(chunker.flush()).toEqual([]);
    expect(pushed).toHaveLength(1);
    const [chunk] = pushed;
    expect(chunk).toMatchObject({ index: 0, overlapMs: 0, final: false });
    // Windows are 30 ms, so the edges land up to one window from the exact 300 ms.
    expect(chunk?.startMs).toBeGreaterThanOrEqual(1000 - 300 - 30);
    expect(chunk?.startMs).toBeLessThanOrEqual(1000 - 300 + 30);
    expect(chunk?.endMs).toBeGreaterThanOrEqual(4000 + 300 - 30);
    expect(chunk?.endMs).toBeLessThanOrEqual(4000 + 300 + 30);
    expectFaithful(pushed, audio);
  });

  it('keeps a sentence together across pauses shorter than hangoverMs', () => {
    const audio = concat(
      silence(500),
      tone(1500),
      silence(200),
      tone(1500),
      silence(250),
      tone(1000),
      silence(1000),
    );
    expect(run(audio)).toHaveLength(1);
  });

  it('does not cut at a pause before the chunk holds minChunkMs of speech', () => {
    const audio = concat(silence(500), tone(1000), silence(450), tone(2000), silence(1000));
    const chunks = run(audio);
    expect(chunks).toHaveLength(1);
    expect(chunks[0]?.endMs).toBeGreaterThan(3950);
  });

  it('cuts at a pause once the chunk holds 2 s, repeating the overlap as speech resumes at once', () => {
    const audio = concat(silence(1000), tone(3000), silence(450), tone(3000), silence(1000));
    const chunks = run(audio);
    expect(chunks).toHaveLength(2);
    const [first, second] = chunks;
    expect(first?.endMs).toBeGreaterThan(4000);
    expect(first?.endMs).toBeLessThan(4450);
    expect(second).toMatchObject({ index: 1, overlapMs: 500, startMs: (first?.endMs ?? 0) - 500 });
    expect(second?.endMs).toBeGreaterThan(7450);
    expectFaithful(chunks, audio);
  });

  it('repeats nothing when silence was dropped between two chunks', () => {
    const audio = concat(silence(1000), tone(3000), silence(1500), tone(3000), silence(1000));
    const [first, second, ...rest] = run(audio);
    expect(rest).toEqual([]);
    expect(second?.overlapMs).toBe(0);
    expect(second?.startMs).toBeGreaterThan(first?.endMs ?? Infinity);
    expect(second?.startMs).toBeGreaterThanOrEqual(5500 - 300 - 30);
  });

  it('forces a cut before 10 s in the quietest window of the last 1.5 s, then overlaps by 500 ms', () => {
    // A 60 ms dip (still speech, too short to be a pause) from 9.5 s: the gap between two words.
    const audio = concat(silence(500), tone(9000), tone(60, 0.02), tone(6000), silence(1000));
    const chunks = run(audio);
    expect(chunks).toHaveLength(2);
    const [first, second] = chunks;
    expect(first?.endMs).toBeGreaterThanOrEqual(9500);
    expect(first?.endMs).toBeLessThanOrEqual(9560);
    expect(second).toMatchObject({ overlapMs: 500, startMs: (first?.endMs ?? 0) - 500 });
    expectFaithful(chunks, audio);
  });

  it('covers long speech with chunks of at most 10 s including the overlap, losing no sample', () => {
    const audio = concat(silence(500), tone(25_000), silence(1000));
    const chunks = run(audio);
    expect(chunks.length).toBeGreaterThanOrEqual(3);
    expectFaithful(chunks, audio);
    chunks.forEach((chunk, i) => {
      expect(chunk.index).toBe(i);
      expect(chunk.endMs - chunk.startMs).toBeLessThanOrEqual(10_000);
      if (i > 0) {
        expect(chunk.overlapMs).toBe(500);
        expect(chunk.startMs).toBe((chunks[i - 1]?.endMs ?? 0) - 500);
      }
    });
    expect(chunks[0]?.startMs).toBeLessThanOrEqual(500);
    expect(chunks.at(-1)?.endMs).toBeGreaterThanOrEqual(25_500);
  });

  it.each([
    ['a noisy shop', 0.05, 0.6],
    ['a quiet room', 0.002, 0.03],
  ])('finds speech in %s', (_, noiseAmplitude, speechAmplitude) => {
    const speech = (ms: number): Int16Array => tone(ms, speechAmplitude);
    const clean = concat(silence(3000), speech(3000), silence(3000), speech(3000), silence(3000));
    const chunks = run(mix(noise(15_000, noiseAmplitude), clean));
    expect(chunks).toHaveLength(2);
    expect(chunks[0]?.startMs).toBeLessThanOrEqual(3000);
    expect(chunks[0]?.endMs).toBeGreaterThanOrEqual(6000);
    expect(chunks[0]?.endMs).toBeLessThanOrEqual(6000 + 330);
    expect(chunks[1]?.startMs).toBeGreaterThanOrEqual(9000 - 330);
    expect(chunks[1]?.endMs).toBeGreaterThanOrEqual(12_000);
  });

  it('picks up speech already under way when the capture starts', () => {
    // Syllables: 200 ms loud, 100 ms soft. The first window seeds the noise floor too high, the first soft
    // stretch brings it down, and the pre-roll reaches back to the start.
    const syllable = concat(tone(200, 0.3), tone(100, 0.01));
    const audio = concat(...Array.from({ length: 10 }, () => syllable), silence(1000));
    const chunks = run(audio);
    expect(chunks).toHaveLength(1);
    expect(chunks[0]).toMatchObject({ startMs: 0 });
    expect(chunks[0]?.endMs).toBeGreaterThan(3000);
  });

  it('drops a knock too short to be speech', () => {
    expect(run(concat(silence(1000), tone(20, 0.8), silence(2000)))).toEqual([]);
  });

  it('returns the same chunks whatever the frame sizes', () => {
    const audio = concat(
      silence(700),
      tone(12_000),
      silence(400),
      tone(2500),
      silence(900),
      tone(800),
      silence(700),
    );
    const reference = run(audio);
    expect(reference.length).toBeGreaterThanOrEqual(3);
    expect(run(audio, {}, [1, 4000, 333, 128, 2, 7919, 480])).toEqual(reference);
  });

  it('returns the speech in progress from flush as the final chunk, then starts over', () => {
    const chunker = new SpeechChunker();
    const audio = concat(silence(1000), tone(2000));
    expect(chunker.push(audio)).toEqual([]);
    const [last, ...none] = chunker.flush();
    expect(none).toEqual([]);
    // Speech from 1000 ms is first heard in the 30 ms window from 990 ms; the chunk starts 300 ms before.
    expect(last).toMatchObject({ index: 0, startMs: 690, endMs: 3000, final: true, overlapMs: 0 });
    expect(chunker.push(audio, 50_000)).toEqual([]);
    expect(chunker.flush()[0]).toMatchObject({ index: 0, startMs: 50_690, endMs: 53_000 });
  });

  it('times chunks from the first timestamp and ignores jitter', () => {
    const chunker = new SpeechChunker();
    const audio = concat(silence(1000), tone(3000), silence(1000));
    const chunks = frames(audio, [frame100ms]).flatMap((frame, i) =>
      chunker.push(frame, 60_000 + i * 100 + (i % 2) * 120),
    );
    expect(chunks).toHaveLength(1);
    expect(chunks[0]?.startMs).toBe(60_000 + 690);
  });

  it('ends the chunk at a gap in the audio and restarts the clock after it', () => {
    const chunker = new SpeechChunker();
    const before = chunker.push(concat(silence(1000), tone(2500)), 0);
    expect(before).toEqual([]);
    const [cutByGap] = chunker.push(tone(1500), 8000);
    expect(cutByGap).toMatchObject({ index: 0, startMs: 690, endMs: 3500, overlapMs: 0 });
    const [after] = [...chunker.push(silence(1000), 9500), ...chunker.flush()];
    expect(after).toMatchObject({ index: 1, startMs: 8000, overlapMs: 0 });
    expect(after?.endMs).toBeCloseTo(9500 + 300, -2);
  });

  it('holds at most maxChunkMs of audio through two hours of speech and silence in 100 ms frames', () => {
    // 3 s of silence then 12 s of speech (one forced cut), 480 times; frames reused to keep the test quick.
    const speech = tone(100);
    const quiet = silence(100);
    const chunker = new SpeechChunker();
    const chunks: AudioChunk[] = [];
    let maxBuffered = 0;
    for (let cycle = 0; cycle < 480; cycle += 1) {
      for (let i = 0; i < 150; i += 1) {
        chunks.push(...chunker.push(i < 30 ? quiet : speech));
        maxBuffered = Math.max(maxBuffered, chunker.bufferedMs);
      }
    }
    chunks.push(...chunker.flush());
    expect(maxBuffered).toBeLessThanOrEqual(10_000);
    expect(chunks).toHaveLength(960);
    chunks.forEach((chunk, i) => {
      expect(chunk.index).toBe(i);
      expect(chunk.endMs - chunk.startMs).toBeLessThanOrEqual(10_000);
      expect(chunk.startMs).toBeGreaterThanOrEqual(chunks[i - 1]?.startMs ?? 0);
    });
    expect(chunks.at(-1)).toMatchObject({ endMs: 2 * 3600 * 1000, final: true });
  });

  it('emits no chunk of only overlap when speech stops just before a forced cut', () => {
    // Speech stops ~200 ms before the limit: too soon for a pause cut, so the cut is forced into the quiet
    // after it, and with a short pad the next chunk would end inside its own overlap.
    const audio = concat(silence(500), tone(9700), silence(2000));
    const chunks = run(audio, { minVoicedMs: 0, padMs: 50 });
    expect(chunks).toHaveLength(1);
    expectFaithful(chunks, audio);
    for (const chunk of chunks) expect(chunk.endMs - chunk.startMs).toBeGreaterThan(chunk.overlapMs);
  });

  it('refuses a frame time that is not a number', () => {
    expect(() => new SpeechChunker().push(silence(100), Number.NaN)).toThrow(RangeError);
  });

  it('refuses options that do not fit together', () => {
    expect(() => new SpeechChunker({ overlapMs: 9000 })).toThrow(RangeError);
    expect(() => new SpeechChunker({ padMs: -1 })).toThrow(RangeError);
    expect(() => new SpeechChunker({ sampleRate: 16000.5 })).toThrow(RangeError);
  });
});
