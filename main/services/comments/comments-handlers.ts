import { AppError } from '../../../app/contract/errors';
import type { RehearsalLine } from '../../../app/contract/comments';
import { importCommentLog } from '../../../app/domain/comments/import-log';
import type { Handlers } from '../../../app/rpc/server';
import type { IngestEndpoint } from './ingest-endpoint';
import { defaultRehearsalScript } from './rehearsal/default-script';
import type { RehearsalPlayer } from './rehearsal/rehearsal-player';

export type CommentsCommandName = Extract<keyof Handlers, `comments.${string}`>;

export interface CommentsHandlerDeps {
  endpoint: IngestEndpoint;
  /** Starts a rehearsal, stopping the one playing. */
  rehearse(lines: readonly RehearsalLine[], speed: number, loop: boolean): RehearsalPlayer;
  /** The latest rehearsal, playing or not. */
  rehearsal(): RehearsalPlayer | null;
  now(): number;
}

/** The comments.* commands of the contract, each a thin step over the endpoint, the importer or the player. */
export function createCommentsHandlers(deps: CommentsHandlerDeps): Pick<Handlers, CommentsCommandName> {
  const player = (rehearsalId: string) => {
    const current = deps.rehearsal();
    if (current?.id === rehearsalId) return current;
    throw new AppError('COMMENTS_REHEARSAL_UNKNOWN', `No rehearsal ${rehearsalId}`, { rehearsalId });
  };
  return {
    'comments.getIngest': () => deps.endpoint.info(),
    'comments.setIngest': ({ enabled, port }) => deps.endpoint.apply(enabled, port),
    'comments.importLog': ({ text, format, platform, startAt }) =>
      importCommentLog(text, { format, platform, startAt, now: deps.now() }),
    'comments.startRehearsal': ({ script, speed, loop }) =>
      deps.rehearse(script === 'default' ? defaultRehearsalScript : script, speed, loop).state,
    'comments.stopRehearsal': ({ rehearsalId }) => {
      const current = player(rehearsalId);
      current.stop();
      return current.state;
    },
    'comments.setRehearsalSpeed': ({ rehearsalId, speed }) => {
      const current = player(rehearsalId);
      current.setSpeed(speed);
      return current.state;
    },
  };
}
