import { describe, expect, it } from 'vitest';
import { PcmRing } from './pcm-ring';

const ramp = (from: number, length: number): Int16Array => Int16Array.from({ length }, (_, i) => from + i);

describe('PcmRing', () => {
  it('reads back by absolute index across the wrap-around', () => {
    const ring = new PcmRing(8);
    ring.write(ramp(0, 6));
    ring.write(ramp(6, 5));
    expect([ring.start, ring.end]).toEqual([3, 11]);
    expect(Array.from(ring.read(4, 10))).toEqual([4, 5, 6, 7, 8, 9]);
    expect(Array.from(ring.read(3, 11))).toEqual([3, 4, 5, 6, 7, 8, 9, 10]);
    expect(ring.read(5, 5)).toHaveLength(0);
  });

  it('keeps only the newest samples of a write longer than the ring', () => {
    const ring = new PcmRing(4);
    ring.write(ramp(0, 3));
    ring.write(ramp(3, 10));
    expect([ring.start, ring.end]).toEqual([9, 13]);
    expect(Array.from(ring.read(9, 13))).toEqual([9, 10, 11, 12]);
  });

  it('refuses samples it no longer or not yet holds', () => {
    const ring = new PcmRing(4);
    ring.write(ramp(0, 6));
    expect(() => ring.read(1, 5)).toThrow(RangeError);
    expect(() => ring.read(2, 7)).toThrow(RangeError);
    expect(() => ring.read(4, 3)).toThrow(RangeError);
  });

  it('starts again from index 0 after clear', () => {
    const ring = new PcmRing(4);
    ring.write(ramp(0, 6));
    ring.clear();
    ring.write(ramp(100, 2));
    expect([ring.start, ring.end]).toEqual([0, 2]);
    expect(Array.from(ring.read(0, 2))).toEqual([100, 101]);
  });
});
