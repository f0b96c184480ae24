import { describe, expect, it } from 'vitest';
import { bucketQuestions, type AskedQuestion } from './cluster';
import { commentsOf, type CommentRow } from './fixtures';
import { normalizeText } from './text';
import type { QuestionTopic } from './types';

function asked(rows: [string, string, QuestionTopic | null, number | null][]): AskedQuestion[] {
  const comments = commentsOf(
    rows.map(([nickname, text, , link]): CommentRow => [nickname, text, 'question', link, null]),
  );
  return comments.map((comment, index) => ({
    comment,
    normalized: normalizeText(comment.text),
    topic: rows[index]?.[2] ?? null,
    link: comment.link,
  }));
}

const summary = (questions: AskedQuestion[]) =>
  bucketQuestions(questions).map(({ key, count, nicknames }) => [key, count, nicknames]);

describe('bucketQuestions', () => {
  it('buckets by topic and product, counting each viewer once', () => {
    expect(
      summary(
        asked([
          ['A', '米粉多少钱', 'price', 1],
          ['B', '鸡蛋多少钱', 'price', 2],
          ['A', '米粉多少钱啊', 'price', 1],
          ['C', '多少钱', 'price', null],
        ]),
      ),
    ).toEqual([
      ['price@1', 2, ['A']],
      ['price@2', 1, ['B']],
      ['price@-', 1, ['C']],
    ]);
  });

  it('joins a topic-less question to the most similar first question of its product', () => {
    expect(
      summary(
        asked([
          ['A', '米粉要用温水冲吗', null, 1],
          ['B', '鸡蛋要用温水冲吗', null, 2],
          ['C', '米粉用温水冲可以吗', null, 1],
          ['D', '米粉是国产的吗', null, 1],
        ]),
      ),
    ).toEqual([
      ['q@1@c1', 2, ['A', 'C']],
      ['q@2@c2', 1, ['B']],
      ['q@1@c4', 1, ['D']],
    ]);
  });
});
