import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { inspect } from 'node:util';
import { parseWhisperVtt } from './vtt';
import { logPathFor, vttPathFor, whisperNodeCall, type WhisperNodeCall } from './whisper-command';
import { whisperBinaryBuilt, whisperCppDir } from './whisper-paths';
import { workerJobSchema, type WorkerJob, type WorkerReply } from './worker-protocol';

/**
 * The child process that owns whisper-node. whisper-node changes the process's working directory for good,
 * prints instead of throwing and spawns a shell per call, none of which may touch the app's main process.
 */

type WhisperFn = (filePath: string, options: WhisperNodeCall['options']) => Promise<unknown>;

const printedLimit = 2000;
let printed: string[] = [];

// whisper-node reports its failures only through console.log; they become the job's error reason.
console.log = (...parts: unknown[]) => {
  const text = (part: unknown) =>
    typeof part === 'string' ? part : part instanceof Error ? String(part) : inspect(part);
  const line = parts.map(text).join(' ');
  if (!line.startsWith('[whisper-node] Transcribing:')) printed.push(line);
};

function loadWhisper(): WhisperFn | null {
  if (!whisperBinaryBuilt(whisperCppDir())) return null;
  const loaded: unknown = createRequire(import.meta.url)('whisper-node');
  if (
    typeof loaded === 'object' &&
    loaded !== null &&
    'whisper' in loaded &&
    typeof loaded.whisper === 'function'
  )
    return loaded.whisper as WhisperFn;
  throw new Error('whisper-node exports no whisper() function');
}

const whisper = loadWhisper();

const errorLine = /error|fail|invalid|unable|cannot/i;

/** whisper.cpp's own error lines when it wrote any, else what whisper-node printed. */
function problem(log: string | null): string {
  const lines = (log ?? '').split('\n').filter((line) => errorLine.test(line));
  const text = lines.length > 0 ? lines.slice(-5).join('\n') : printed.join('\n');
  return text.length > printedLimit ? `…${text.slice(-printedLimit)}` : text;
}

function readIfPresent(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** whisper.cpp's words for a model file it could not load (truncated download, wrong tensor layout). */
const modelLoadFailed = 'failed to initialize whisper context';

async function run(job: WorkerJob): Promise<WorkerReply> {
  if (whisper === null)
    return { type: 'failed', id: job.id, reason: 'noEngine', printed: 'whisper.cpp not built' };
  const vttPath = vttPathFor(job.wavPath);
  const logPath = logPathFor(job.wavPath);
  rmSync(vttPath, { force: true });
  printed = [];
  const started = performance.now();
  const call = whisperNodeCall(job);
  try {
    // The return value is ignored on purpose: whisper-node drops the first segment when parsing stdout, and
    // it returns undefined both on failure and when whisper.cpp heard nothing. whisper.cpp writes the .vtt
    // only after a successful run, so the file tells them apart.
    await whisper(call.filePath, call.options);
    const elapsedMs = performance.now() - started;
    const vtt = readIfPresent(vttPath);
    const segments = vtt === null ? null : parseWhisperVtt(vtt);
    if (segments !== null) return { type: 'done', id: job.id, segments, elapsedMs };
    const log = readIfPresent(logPath);
    const reason = log?.includes(modelLoadFailed) ? 'modelLoad' : 'noOutput';
    return { type: 'failed', id: job.id, reason, printed: problem(log) || 'no transcript written' };
  } catch (error) {
    return { type: 'failed', id: job.id, reason: 'threw', printed: String(error) };
  } finally {
    rmSync(vttPath, { force: true });
    rmSync(logPath, { force: true });
  }
}

let queue: Promise<void> = Promise.resolve();

process.on('message', (message: unknown) => {
  const parsed = workerJobSchema.safeParse(message);
  if (!parsed.success) return;
  queue = queue.then(async () => {
    process.send?.(await run(parsed.data));
  });
});

// When the app goes away the worker must too, with the whisper.cpp process it may be waiting on: the engine
// starts it as the leader of its own process group, so the whole group is ended at once.
process.on('disconnect', () => {
  try {
    if (process.platform !== 'win32') process.kill(-process.pid, 'SIGKILL');
  } finally {
    process.exit(0);
  }
});
