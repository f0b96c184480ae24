import { describe, expect, it } from 'vitest';
import type { CommentIntent } from '../../../../app/text/intent';
import { applyComment, type DraftLine } from './drafts';

const parsed = (intent: CommentIntent['intent'], link: number | null, qty: number | null): CommentIntent => ({
  intent,
  link,
  qty,
  confidence: 0.9,
});

const say = (
  drafts: readonly DraftLine[],
  nickname: string,
  comment: CommentIntent,
  productId: string | null = 'p1',
) => applyComment(drafts, { sessionId: 's1', nickname, at: 1, parsed: comment, productId });

describe('applyComment', () => {
  it.each([
    ['a buy with a link makes a draft', [parsed('buy', 1, 2)], [2]],
    ['a repeated buy keeps the latest quantity', [parsed('buy', 1, 2), parsed('buy', 1, 1)], [1]],
    ['a change sets the new total', [parsed('buy', 1, 2), parsed('change', 1, 5)], [5]],
    ['a change without a link updates the only draft', [parsed('buy', 1, 2), parsed('change', null, 3)], [3]],
    ['a change to zero drops the draft', [parsed('buy', 1, 2), parsed('change', 1, 0)], []],
    ['a change with no total leaves the draft', [parsed('buy', 1, 2), parsed('change', 1, null)], [2]],
    ['a cancel drops the draft', [parsed('buy', 1, 2), parsed('cancel', null, null)], []],
    ['a buy without a link is not a draft', [parsed('buy', null, 1)], []],
    ['a question changes nothing', [parsed('buy', 1, 1), parsed('question', 1, null)], [1]],
  ])('%s', (_name, comments, quantities) => {
    const drafts = comments.reduce<DraftLine[]>((acc, comment) => say(acc, '小王', comment), []);
    expect(drafts.map((draft) => draft.qty)).toEqual(quantities);
  });

  it('keeps viewers and links apart', () => {
    let drafts = say([], '小王', parsed('buy', 1, 1));
    drafts = say(drafts, '小李', parsed('buy', 1, 2));
    drafts = say(drafts, '小王', parsed('buy', 2, 3), 'p2');
    drafts = say(drafts, '小王', parsed('cancel', 1, null));
    expect(drafts.map((draft) => [draft.nickname, draft.link, draft.qty])).toEqual([
      ['小李', 1, 2],
      ['小王', 2, 3],
    ]);
  });

  it('ignores a buy whose link names no rundown product', () => {
    expect(say([], '小王', parsed('buy', 9, 1), null)).toEqual([]);
  });
});
