/**
 * The most recent `capacity` samples of a stream, addressed by their absolute index in the stream. A ring
 * rather than a growing array so a chunker running through a two-hour show holds the same memory at the end
 * as at the start.
 */
export class PcmRing {
  private readonly data: Int16Array;
  private written = 0;

  constructor(readonly capacity: number) {
    this.data = new Int16Array(capacity);
  }

  /** Absolute index just past the last sample written. */
  get end(): number {
    return this.written;
  }

  /** Absolute index of the oldest sample still held. */
  get start(): number {
    return Math.max(0, this.written - this.capacity);
  }

  write(samples: Int16Array): void {
    const kept = samples.length > this.capacity ? samples.subarray(samples.length - this.capacity) : samples;
    this.written += samples.length - kept.length;
    const at = this.written % this.capacity;
    const first = Math.min(kept.length, this.capacity - at);
    this.data.set(kept.subarray(0, first), at);
    this.data.set(kept.subarray(first), 0);
    this.written += kept.length;
  }

  /** A copy of samples [from, to); both must still be held. */
  read(from: number, to: number): Int16Array {
    if (from < this.start || to > this.end || from > to) {
      throw new RangeError(`Samples ${from}–${to} are not held (held: ${this.start}–${this.end}).`);
    }
    const out = new Int16Array(to - from);
    const at = from % this.capacity;
    const first = Math.min(out.length, this.capacity - at);
    out.set(this.data.subarray(at, at + first));
    out.set(this.data.subarray(0, out.length - first), first);
    return out;
  }

  clear(): void {
    this.written = 0;
  }
}
