import type { PayloadOf } from '../../../../../app/contract';
import type { WorkbenchDatabase } from '../../../../../app/db/collections';
import type { Bridge } from '../../../bridge/bridge';
import { useCaptionsStore } from './captions-store';

type Segments = PayloadOf<'stt.segments'>;

/**
 * Saves a caption stream's lines to the live session as transcript lines (`liveFeed`, kind 'transcript',
 * `at` = when the words were spoken) and, for the microphone, shows them. It listens before the stream
 * exists: a short file can be transcribed before the call that started it returns the stream's id.
 */
export class TranscriptSaver {
  private streamId: string | null = null;
  private readonly early: Segments[] = [];
  private readonly off: () => void;

  constructor(
    private readonly db: WorkbenchDatabase,
    bridge: Bridge,
    private readonly target: { sessionId: string; startedAt: number; platform: 'mic' | 'file' },
  ) {
    this.off = bridge.on('stt.segments', (event) => this.receive(event));
  }

  attach(streamId: string): void {
    this.streamId = streamId;
    this.early
      .splice(0)
      .filter((event) => event.streamId === streamId)
      .forEach((event) => this.save(event));
  }

  stop(): void {
    this.off();
  }

  private receive(event: Segments): void {
    if (this.streamId === null) this.early.push(event);
    else if (event.streamId === this.streamId) this.save(event);
  }

  private save(event: Segments): void {
    const { sessionId, startedAt, platform } = this.target;
    const lines = event.segments.map((segment, index) => ({
      id: `${event.streamId}-${event.chunkIndex}-${index}`,
      startMs: segment.startMs,
      endMs: segment.endMs,
      text: segment.text,
      lagMs: Math.max(0, event.transcribedAt - event.audioEndedAt),
    }));
    if (platform === 'mic')
      useCaptionsStore.setState((state) => ({ lines: [...state.lines, ...lines].slice(-500) }));
    void this.db.liveFeed.bulkInsert(
      lines.map((line) => ({
        id: line.id,
        sessionId,
        kind: 'transcript' as const,
        at: startedAt + Math.round(line.startMs),
        platform,
        userId: 'host',
        nickname: '主播',
        text: line.text.slice(0, 2000),
        startMs: Math.round(line.startMs),
        endMs: Math.round(line.endMs),
      })),
    );
  }
}
