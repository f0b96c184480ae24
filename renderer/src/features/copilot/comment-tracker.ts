import type { Comment } from '../../../../app/contract/comments';
import type { WorkbenchDatabase } from '../../../../app/db/collections';
import type { LiveFeedDoc } from '../../../../app/db/schemas/live-feed';
import type { LiveSessionDoc } from '../../../../app/db/schemas/live-sessions';
import { AppError } from '../../../../app/contract/errors';
import { parseComment } from '../../../../app/text/intent';
import type { Bridge } from '../../bridge/bridge';
import { useDatabaseStore } from '../../data/database-store';
import { productsById } from '../orders/services/stock-queries';
import { addComments, useCopilotStore } from './copilot-store';
import { rundownContext } from './rundown-context';

/** The session comments belong to: the one on air, else the newest planned (as the live console shows). */
async function activeSession(db: WorkbenchDatabase): Promise<LiveSessionDoc | null> {
  for (const status of ['live', 'planned'] as const) {
    const doc = await db.liveSessions.findOne({ selector: { status }, sort: [{ createdAt: 'desc' }] }).exec();
    if (doc) return doc.toMutableJSON();
  }
  return null;
}

const feedLine = (sessionId: string, comment: Comment): LiveFeedDoc => ({
  // Comment ids are unique only within one live, so the session scopes them.
  id: `${sessionId}:${comment.id}`,
  sessionId,
  kind: 'comment',
  at: comment.at,
  platform: comment.platform,
  userId: comment.userId,
  nickname: comment.nickname,
  text: comment.text,
  startMs: 0,
  endMs: 0,
});

async function receive(db: WorkbenchDatabase, comments: readonly Comment[]): Promise<void> {
  const session = await activeSession(db);
  if (!session || comments.length === 0) return;
  const written = await db.liveFeed.bulkInsert(comments.map((comment) => feedLine(session.id, comment)));
  // A comment heard twice (a replayed log, a reconnecting bridge) is already stored: not a failure.
  const failed = written.error.filter((error) => error.status !== 409);
  if (failed.length > 0)
    throw new AppError('DB_FAILED', 'Some comments were not saved', { failed: failed.length });
  const stored = new Set(written.success.map((doc) => doc.id));
  const context = rundownContext(
    session,
    await productsById(
      db,
      session.rundown.map((item) => item.productId),
    ),
  );
  addComments(
    comments
      .filter((comment) => stored.has(feedLine(session.id, comment).id))
      .map((comment) => {
        const parsed = parseComment(comment.text, context.index);
        return {
          sessionId: session.id,
          nickname: comment.nickname,
          at: comment.at,
          parsed,
          productId: parsed.link === null ? null : (context.productIdOf.get(parsed.link) ?? null),
        };
      }),
  );
}

// Batches are stored one after another so a change never overtakes the buy it corrects.
let queue: Promise<unknown> = Promise.resolve();

/**
 * Stores comments under the active session and folds them into the drafts, after any batch already
 * waiting. Live, rehearsal and imported comments all come through here, so each is read the same way.
 */
export function storeComments(comments: readonly Comment[]): Promise<void> {
  const next = queue.then(async () => {
    const state = useDatabaseStore.getState();
    if (state.phase !== 'ready') return;
    await receive(state.db, comments);
  });
  queue = next.catch(() => undefined);
  return next;
}

/**
 * Stores every live comment and turns buys into draft orders, whichever page is open: comments are not
 * replayed, so one missed while the owner looks at the order book is lost.
 */
export function trackComments(bridge: Bridge): void {
  bridge.on('comments.received', ({ comments }) => {
    storeComments(comments).then(
      () => useCopilotStore.setState({ saveError: null }),
      (error: unknown) => useCopilotStore.setState({ saveError: error }),
    );
  });
  bridge.on('comments.rehearsalChanged', (rehearsal) => useCopilotStore.setState({ rehearsal }));
}
