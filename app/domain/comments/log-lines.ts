import type { ImportSkipReason } from '../../contract/comments';
import { CommentSchema } from './normalize-comment';

/** One line of a comment log before normalization; `time` as written. */
export interface LogRecord {
  nickname: string;
  text: string;
  time?: string | number;
  userId?: string;
  platform?: string;
  id?: string;
  seq?: number;
}

export type LineResult = { ok: true; record: LogRecord } | { ok: false; reason: ImportSkipReason };

const fields = ['nickname', 'text', 'time', 'userId', 'platform', 'id'] as const;
type Field = (typeof fields)[number];
export type Columns = Partial<Record<Field, number>> & { nickname: number; text: number };

/** Column titles as platforms' exports and people's spreadsheets write them, compared without case or spaces. */
const titles: Record<Field, readonly string[]> = {
  nickname: ['nickname', 'nick', 'name', 'user', 'username', '昵称', '用户昵称', '用户名', '用户', '观众'],
  text: [
    'text',
    'content',
    'comment',
    'message',
    'msg',
    '内容',
    '评论',
    '评论内容',
    '弹幕',
    '弹幕内容',
    '消息',
  ],
  time: ['time', 'at', 'timestamp', 'date', '时间', '评论时间', '发送时间'],
  userId: ['userid', 'user_id', 'uid', '用户id'],
  platform: ['platform', '平台', '来源'],
  id: ['id', 'msgid', 'msg_id', 'messageid', 'message_id', '消息id', '评论id'],
};

/** The columns a header row names, or null when the row is not a header (it needs nickname and text). */
export function headerColumns(cells: readonly string[]): Columns | null {
  const found: Partial<Record<Field, number>> = {};
  cells.forEach((cell, index) => {
    const title = cell.trim().toLowerCase().replace(/\s+/g, '');
    const field = fields.find((candidate) => titles[candidate].includes(title));
    if (field !== undefined && found[field] === undefined) found[field] = index;
  });
  const { nickname, text } = found;
  return nickname === undefined || text === undefined ? null : { ...found, nickname, text };
}

const cellAt = (cells: readonly string[], index: number | undefined) =>
  index === undefined ? undefined : (cells[index] ?? '').trim() || undefined;

/** A row of a table with a header: every named column is read; a bad time is the caller's to refuse. */
export function namedRow(cells: readonly string[], columns: Columns): LineResult {
  const record: LogRecord = {
    nickname: cellAt(cells, columns.nickname) ?? '',
    text: cellAt(cells, columns.text) ?? '',
  };
  for (const field of ['time', 'userId', 'platform', 'id'] as const) {
    const value = cellAt(cells, columns[field]);
    if (value !== undefined) record[field] = value;
  }
  return { ok: true, record };
}

/**
 * `nickname<TAB>text[<TAB>time]`. Further columns (labels in HQ's scored logs) are ignored, and so is a
 * third column that is not a time, so such logs import as they are.
 */
export function positionalRow(cells: readonly string[], isTime: (value: string) => boolean): LineResult {
  const [nickname = '', text = '', third = ''] = cells.map((cell) => cell.trim());
  if (cells.length < 2) return { ok: false, reason: 'noSeparator' };
  return { ok: true, record: isTime(third) ? { nickname, text, time: third } : { nickname, text } };
}

/**
 * A chat-export line: `昵称：内容`, optionally after a time (`20:01:05 昵称：内容`, `[2024-05-01 20:01] 昵称:
 * 内容`). The name is the text before the first colon, at most 60 characters.
 */
const chat =
  /^(?:\[?(\d{4}-\d{1,2}-\d{1,2}[ T]\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}:\d{2}(?::\d{2})?)\]?\s+)?([^：:]{1,60}?)\s*[：:]\s*(.+)$/u;

export function chatLine(line: string): LineResult {
  const match = chat.exec(line.trim());
  if (!match) return { ok: false, reason: 'noSeparator' };
  const [, time, nickname = '', text = ''] = match;
  const record: LogRecord = { nickname: nickname.trim(), text };
  if (time !== undefined) record.time = time;
  return { ok: true, record };
}

/** Platform, user and time are optional in a log: the import supplies them. */
const jsonLineSchema = CommentSchema.partial({ platform: true, userId: true, time: true });

export function jsonLine(line: string): LineResult {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { ok: false, reason: 'badJson' };
  }
  const parsed = jsonLineSchema.safeParse(value);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const { data } = parsed;
  const record: LogRecord = { nickname: data.nickname, text: data.text };
  if (data.time !== undefined) record.time = data.time;
  if (data.userId !== undefined) record.userId = data.userId;
  if (data.platform !== undefined) record.platform = data.platform;
  if (data.id !== undefined) record.id = data.id;
  if (data.seq !== undefined) record.seq = data.seq;
  return { ok: true, record };
}
