import type { SeqGap } from '../../contract/comments';

export interface SeqTrackerLimits {
  /** A jump further than this is a bridge that restarted its numbering, not thousands of lost comments. */
  maxJump: number;
  /** Missing numbers remembered per platform, to notice when one arrives late. */
  maxMissing: number;
}

export const defaultSeqLimits: SeqTrackerLimits = { maxJump: 10_000, maxMissing: 1000 };

export type SeqObservation = { kind: 'inOrder' } | { kind: 'gap'; gap: SeqGap } | { kind: 'filled' };

interface Track {
  next: number;
  missing: Set<number>;
}

/** Follows each platform's running numbers: what was skipped, and what arrived late to fill a gap. */
export class SeqTracker {
  private readonly tracks = new Map<string, Track>();

  constructor(private readonly limits: SeqTrackerLimits = defaultSeqLimits) {}

  observe(platform: string, seq: number): SeqObservation {
    const track = this.tracks.get(platform);
    if (!track || seq - (track.next - 1) > this.limits.maxJump) {
      this.tracks.set(platform, { next: seq + 1, missing: new Set() });
      return { kind: 'inOrder' };
    }
    if (seq >= track.next) {
      const gap = seq > track.next ? { platform, fromSeq: track.next, toSeq: seq - 1 } : null;
      for (let missing = track.next; missing < seq && track.missing.size < this.limits.maxMissing; missing++)
        track.missing.add(missing);
      track.next = seq + 1;
      return gap ? { kind: 'gap', gap } : { kind: 'inOrder' };
    }
    if (track.missing.delete(seq)) return { kind: 'filled' };
    // A number already passed and not missing, under a new message id: the bridge started counting again.
    this.tracks.set(platform, { next: seq + 1, missing: new Set() });
    return { kind: 'inOrder' };
  }
}
