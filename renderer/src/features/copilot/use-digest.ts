import { useEffect, useState } from 'react';
import type { WorkbenchDatabase } from '../../../../app/db/collections';
import type { LiveSessionDoc } from '../../../../app/db/schemas/live-sessions';
import {
  buildDigest,
  type CopilotLocale,
  type Digest,
  type DigestProduct,
  type ParsedComment,
} from '../../../../app/domain/copilot';
import { parseComment } from '../../../../app/text/intent';
import { useDatabaseStore } from '../../data/database-store';
import { useNow } from '../live/use-now';
import { productsById, stockOf } from '../orders/services/stock-queries';
import { productFacts } from './product-facts';
import { digestProducts, onAirOf, rundownContext } from './rundown-context';

/** The host's last few sentences are enough for the copilot not to repeat what was just said. */
const transcriptLines = 5;

/** A digest every 10 s is fresh enough to read between sentences and light enough for a long show. */
const refreshMs = 10_000;

export interface SessionDigest {
  digest: Digest;
  products: (DigestProduct & { costFen: number })[];
  /** The session's comments as read, oldest first. */
  comments: ParsedComment[];
  /** The host's last transcript lines, oldest first. */
  transcriptTail: string[];
}

async function loadDigest(
  db: WorkbenchDatabase,
  session: LiveSessionDoc,
  now: number,
  locale: CopilotLocale,
): Promise<SessionDigest> {
  const ids = session.rundown.map((item) => item.productId);
  const [docs, transcript, byId, stock] = await Promise.all([
    db.liveFeed.find({ selector: { sessionId: session.id, kind: 'comment' }, sort: [{ at: 'asc' }] }).exec(),
    db.liveFeed
      .find({
        selector: { sessionId: session.id, kind: 'transcript' },
        sort: [{ at: 'desc' }],
        limit: transcriptLines,
      })
      .exec(),
    productsById(db, ids),
    stockOf(db, ids),
  ]);
  const { index } = rundownContext(session, byId);
  const parsed = docs.map(({ id, nickname, text, at }) => {
    const { intent, link, qty } = parseComment(text, index);
    return { id, nickname, text, at, intent, link, qty };
  });
  const products = digestProducts(session, byId, stock, await productFacts(db, byId, locale));
  // A finished show is summed up as of its end, not as of now, so its last minutes still fill the window.
  const until = session.status === 'ended' && session.endedAt > 0 ? session.endedAt : now;
  return {
    products,
    comments: parsed,
    transcriptTail: transcript.map((line) => line.text).reverse(),
    digest: buildDigest(parsed, products, until, { onAir: onAirOf(session), locale }),
  };
}

/** The digest of the session's stored comments, rebuilt every 10 s; null until the first one is ready. */
export function useDigest(
  session: LiveSessionDoc | undefined,
  locale: CopilotLocale,
): { value: SessionDigest | null; error: unknown } {
  const db = useDatabaseStore((state) => (state.phase === 'ready' ? state.db : null));
  const now = useNow(refreshMs);
  const [value, setValue] = useState<SessionDigest | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (!db || !session) {
      setValue(null);
      return undefined;
    }
    let current = true;
    loadDigest(db, session, now, locale).then(
      (next) => {
        if (!current) return;
        setValue(next);
        setError(null);
      },
      (thrown: unknown) => {
        if (current) setError(thrown);
      },
    );
    return () => {
      current = false;
    };
  }, [db, session, now, locale]);
  return { value, error };
}
