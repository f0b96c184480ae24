import type { TimedText } from './timed-text';

/**
 * Captions as SubRip (.srt) and WebVTT (.vtt) files. Cues keep their order; cues without text are left out
 * (whisper emits some for silence). A blank line ends a cue in both formats, so line breaks inside a text are
 * kept but blank lines are removed. Times are rounded to whole ms, negative ones read as 0, and an end before
 * its start is moved up to the start.
 */

export function toSrt(cues: readonly TimedText[]): string {
  const blocks = cuesWithText(cues).map(
    (cue, i) => `${i + 1}\n${timestamp(cue.startMs, ',')} --> ${timestamp(cue.endMs, ',')}\n${cue.lines}`,
  );
  return blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`;
}

/**
 * In WebVTT `&`, `<` and `>` must be written as entities (a bare `<` opens a tag), which also keeps a `-->`
 * in the text from reading as a timing line.
 */
export function toVtt(cues: readonly TimedText[]): string {
  const blocks = cuesWithText(cues).map(
    (cue) => `${timestamp(cue.startMs, '.')} --> ${timestamp(cue.endMs, '.')}\n${escapeVtt(cue.lines)}`,
  );
  return blocks.length === 0 ? 'WEBVTT\n' : `WEBVTT\n\n${blocks.join('\n\n')}\n`;
}

interface CleanCue {
  startMs: number;
  endMs: number;
  lines: string;
}

function cuesWithText(cues: readonly TimedText[]): CleanCue[] {
  const clean: CleanCue[] = [];
  for (const cue of cues) {
    const lines = cue.text
      .split(/\r\n|\r|\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .join('\n');
    if (lines === '') continue;
    const startMs = Math.max(0, Math.round(cue.startMs));
    clean.push({ startMs, endMs: Math.max(startMs, Math.round(cue.endMs)), lines });
  }
  return clean;
}

/** HH:MM:SS,mmm (SRT) or HH:MM:SS.mmm (VTT); hours grow past two digits rather than wrap. */
function timestamp(ms: number, separator: ',' | '.'): string {
  const pad = (value: number, width: number): string => String(value).padStart(width, '0');
  const hours = Math.floor(ms / 3_600_000);
  const minutes = Math.floor(ms / 60_000) % 60;
  const seconds = Math.floor(ms / 1000) % 60;
  return `${pad(hours, 2)}:${pad(minutes, 2)}:${pad(seconds, 2)}${separator}${pad(ms % 1000, 3)}`;
}

function escapeVtt(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
