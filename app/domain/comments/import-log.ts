import Papa from 'papaparse';
import {
  maxImportComments,
  maxImportSkipped,
  type Comment,
  type ImportResult,
  type ImportSkipReason,
  type importFormats,
} from '../../contract/comments';
import { parseCommentTime, parseTimeOfDay } from './comment-time';
import {
  chatLine,
  headerColumns,
  jsonLine,
  namedRow,
  positionalRow,
  type Columns,
  type LineResult,
} from './log-lines';
import { normalizeComment } from './normalize-comment';

export interface ImportOptions {
  format: (typeof importFormats)[number];
  /** The platform of lines that do not name one. */
  platform: string;
  now: number;
  /** The time of the first line without one, and the day of bare times of day (default: now). */
  startAt?: number;
}

interface NumberedLine {
  line: number;
  result: LineResult;
}

const isNote = (line: string) => line.trim() === '' || line.trimStart().startsWith('#');

function detectFormat(lines: readonly string[]): 'tsv' | 'csv' | 'jsonl' {
  const first = lines.find((line) => !isNote(line))?.trim() ?? '';
  if (first.startsWith('{')) return 'jsonl';
  if (!first.includes('\t') && first.includes(',') && headerColumns(first.split(',')) !== null) return 'csv';
  return 'tsv';
}

/** Tab-separated lines, with or without a header; a line without a tab is read as `昵称：内容`. */
function readTsv(lines: readonly string[], isTime: (value: string) => boolean): NumberedLine[] {
  let columns: Columns | null = null;
  let sawData = false;
  const read: NumberedLine[] = [];
  lines.forEach((text, index) => {
    if (isNote(text)) return;
    const cells = text.split('\t');
    if (!sawData) {
      sawData = true;
      columns = cells.length > 1 ? headerColumns(cells) : null;
      if (columns) return;
    }
    const result =
      cells.length === 1 ? chatLine(text) : columns ? namedRow(cells, columns) : positionalRow(cells, isTime);
    read.push({ line: index + 1, result });
  });
  return read;
}

function readCsv(text: string, isTime: (value: string) => boolean): NumberedLine[] {
  const rows = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' }).data;
  const columns = rows[0] ? headerColumns(rows[0]) : null;
  return rows.flatMap((cells, index) => {
    if (columns && index === 0) return [];
    if (cells.length === 1 && isNote(cells[0] ?? '')) return [];
    return [{ line: index + 1, result: columns ? namedRow(cells, columns) : positionalRow(cells, isTime) }];
  });
}

function readJsonl(lines: readonly string[]): NumberedLine[] {
  return lines.flatMap((text, index) => (isNote(text) ? [] : [{ line: index + 1, result: jsonLine(text) }]));
}

/**
 * Reads a pasted or opened comment log into normalized comments in time order, listing the lines that
 * gave none. Ids are stable for the same log, so importing it twice adds nothing new.
 */
export function importCommentLog(source: string, options: ImportOptions): ImportResult {
  const text = source.replace(/^\uFEFF/, '');
  const lines = text.split(/\r\n|\n|\r/);
  const day = options.startAt ?? options.now;
  const timeOf = (value: string | number) =>
    typeof value === 'number'
      ? parseCommentTime(value)
      : (parseTimeOfDay(value, day) ?? parseCommentTime(value));
  // An unnamed third column counts as a time only when it looks like one: a bare small number is a label.
  const isTime = (value: string) => /^\d{10,}$|:/.test(value) && timeOf(value) !== null;
  const format = options.format === 'auto' ? detectFormat(lines) : options.format;
  const read =
    format === 'jsonl' ? readJsonl(lines) : format === 'csv' ? readCsv(text, isTime) : readTsv(lines, isTime);

  const comments: Comment[] = [];
  const seen = new Set<string>();
  const skipped: ImportResult['skipped'] = [];
  let skippedTotal = 0;
  const skip = (line: number, reason: ImportSkipReason) => {
    skippedTotal += 1;
    if (skipped.length < maxImportSkipped) skipped.push({ line, reason });
  };
  let cursor = day;
  for (const { line, result } of read) {
    if (!result.ok) {
      skip(line, result.reason);
      continue;
    }
    const { record } = result;
    const time = record.time === undefined ? undefined : timeOf(record.time);
    if (time === null) {
      skip(line, 'badTime');
      continue;
    }
    // A line without its own time comes right after the line before it, so the file's order survives.
    cursor = time ?? cursor + 1;
    const normalized = normalizeComment(
      {
        ...record,
        platform: record.platform ?? options.platform,
        userId: record.userId ?? record.nickname,
        time,
      },
      { source: 'import', now: options.now, untimed: { key: `line:${line}`, at: cursor } },
    );
    if (!normalized.ok) skip(line, normalized.reason === 'noText' ? 'noText' : 'invalid');
    else if (seen.has(normalized.comment.id)) skip(line, 'duplicate');
    else if (comments.length >= maxImportComments) skip(line, 'tooMany');
    else {
      seen.add(normalized.comment.id);
      comments.push(normalized.comment);
    }
  }
  // Array.prototype.sort is stable, so comments sharing a time keep the log's order.
  comments.sort((a, b) => a.at - b.at);
  return { comments, skipped, skippedTotal };
}
