import type { CommentSource } from '../../contract/comments';
import { CommentSchema, normalizeComment, type CommentRejection } from './normalize-comment';
import type { CommentSequencer } from './sequencer';

export interface Rejected {
  /** Position in the posted array (0 for a single object). */
  index: number;
  reason: CommentRejection | 'invalid';
  /** For `invalid`: the first field that failed. */
  field?: string;
}

export type IntakeResult =
  | { kind: 'accepted'; accepted: number; duplicates: number; rejected: Rejected[] }
  /** Not a comment object or an array of them. */
  | { kind: 'notComments' }
  /** Every posted comment was refused. */
  | { kind: 'allRejected'; rejected: Rejected[] }
  /** The sequencer has no room for this many; nothing was taken. */
  | { kind: 'busy' };

const maxRejectedListed = 100;

/** What a bridge posted (one comment or an array) → validated, normalized comments in the sequencer. */
export function intakeComments(
  payload: unknown,
  sequencer: CommentSequencer,
  context: { now: number; source: CommentSource },
): IntakeResult {
  const items: unknown[] = Array.isArray(payload) ? payload : [payload];
  if (items.some((item) => typeof item !== 'object' || item === null || Array.isArray(item)))
    return { kind: 'notComments' };
  if (items.length > sequencer.room()) return { kind: 'busy' };

  let accepted = 0;
  let duplicates = 0;
  const rejected: Rejected[] = [];
  const reject = (entry: Rejected) => {
    if (rejected.length < maxRejectedListed) rejected.push(entry);
  };
  items.forEach((item, index) => {
    const parsed = CommentSchema.safeParse(item);
    if (!parsed.success) {
      reject({ index, reason: 'invalid', field: parsed.error.issues[0]?.path.join('.') ?? '' });
      return;
    }
    const normalized = normalizeComment(parsed.data, context);
    if (!normalized.ok) {
      reject({ index, reason: normalized.reason });
      return;
    }
    if (sequencer.push(normalized.comment, context.now) === 'duplicate') duplicates += 1;
    else accepted += 1;
  });
  if (items.length > 0 && accepted + duplicates === 0) return { kind: 'allRejected', rejected };
  return { kind: 'accepted', accepted, duplicates, rejected };
}
