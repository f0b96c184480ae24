import { randomUUID } from 'node:crypto';
import type { EventName, PayloadOf } from '../../../app/contract';
import type { RehearsalLine } from '../../../app/contract/comments';
import { stableId } from '../../../app/domain/comments/comment-id';
import { intakeComments } from '../../../app/domain/comments/intake';
import { normalizeComment } from '../../../app/domain/comments/normalize-comment';
import { CommentSequencer, type SequencerOptions } from '../../../app/domain/comments/sequencer';
import type { Logger } from '../../../app/rpc/logger';
import type { Handlers } from '../../../app/rpc/server';
import { createCommentsHandlers, type CommentsCommandName } from './comments-handlers';
import { CommentsSettingsStore } from './comments-settings';
import { IngestEndpoint } from './ingest-endpoint';
import { startIngestServer, type IngestServer } from './ingest-server';
import { RehearsalPlayer } from './rehearsal/rehearsal-player';

/** Ten events a second at most: smooth enough to read, few enough for the renderer to store calmly. */
const pumpEveryMs = 100;

export interface CommentsServiceOptions {
  dataDir: string;
  logger: Logger;
  emit: <N extends EventName>(event: N, payload: PayloadOf<N>) => void;
  sequencer?: Partial<SequencerOptions>;
  /** Tests pass 0 to listen on a free port whatever the settings say; a real launch uses the saved port. */
  listenPort?: number;
}

export interface CommentsService {
  handlers: Pick<Handlers, CommentsCommandName>;
  /** The running ingest server, if any (tests check where it is bound). */
  ingestServer(): IngestServer | null;
  dispose(): Promise<void>;
}

/**
 * Live comments into the app: the loopback ingest endpoint, log import and the rehearsal audience, all
 * through one sequencer that validates, deduplicates and orders them before `comments.received`.
 */
export function createCommentsService(options: CommentsServiceOptions): CommentsService {
  const { logger } = options;
  const sequencer = new CommentSequencer(options.sequencer);
  const endpoint = new IngestEndpoint(
    new CommentsSettingsStore(options.dataDir),
    (port, token) =>
      startIngestServer({
        port: options.listenPort ?? port,
        token,
        accept: (payload) => intakeComments(payload, sequencer, { now: Date.now(), source: 'ingest' }),
        logger,
      }),
    logger,
  );
  void endpoint.restore();

  const pump = setInterval(() => {
    const { comments, gaps } = sequencer.drain(Date.now());
    if (comments.length > 0 || gaps.length > 0)
      options.emit('comments.received', { comments, gaps, stats: sequencer.stats() });
  }, pumpEveryMs);
  pump.unref();

  const playLine = (rehearsalId: string, line: RehearsalLine, index: number, round: number) => {
    const now = Date.now();
    const normalized = normalizeComment(
      {
        // Each round gets its own ids, so a looping script is not dropped as duplicates.
        id: `${rehearsalId}:${round}:${index}`,
        platform: 'rehearsal',
        userId: `r-${stableId('rehearsal', line.nickname).slice(0, 12)}`,
        nickname: line.nickname,
        text: line.text,
        time: now,
      },
      { source: 'rehearsal', now },
    );
    if (normalized.ok && sequencer.room() > 0) sequencer.push(normalized.comment, now);
  };
  let rehearsal: RehearsalPlayer | null = null;
  const rehearse = (lines: readonly RehearsalLine[], speed: number, loop: boolean) => {
    rehearsal?.stop();
    const rehearsalId = randomUUID();
    rehearsal = new RehearsalPlayer({
      rehearsalId,
      lines,
      speed,
      loop,
      onChange: (state) => options.emit('comments.rehearsalChanged', state),
      onLine: (line, index, round) => playLine(rehearsalId, line, index, round),
    });
    rehearsal.start();
    return rehearsal;
  };

  return {
    handlers: createCommentsHandlers({
      endpoint,
      rehearse,
      rehearsal: () => rehearsal,
      now: () => Date.now(),
    }),
    ingestServer: () => endpoint.running,
    dispose: async () => {
      clearInterval(pump);
      rehearsal?.stop();
      await endpoint.dispose();
    },
  };
}
