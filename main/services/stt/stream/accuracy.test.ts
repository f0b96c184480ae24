import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { characterErrorRate } from '../../../../app/domain/speech';
import { silentLogger } from '../../../../app/rpc/logger';
import { defaultThreads } from '../engine/engine';
import { mandarinWav } from '../engine/testing/test-audio';
import { createWhisperNodeEngine } from '../engine/whisper-node-engine';
import { findExecutable } from './ffmpeg';
import { createStreamHandlers } from './stream-handlers';
import { EventLog } from './testing/stream-harness';

/** Sentences without numbers: whisper writes 五 as 5 or 五 by whim, which would score the model on style. */
const reference = [
  '大家好，欢迎来到我们的直播间。',
  '新鲜的草莓和苹果都在这里。',
  '需要的朋友请在评论区留言。',
];

const modelPath = process.env['STT_MODEL_PATH'];
const maxCer = Number(process.env['STT_CER_MAX'] ?? '0.5');
const tools = ['espeak-ng', 'sox'].filter((tool) => findExecutable(tool) === null);
const skipReason =
  modelPath === undefined || !existsSync(modelPath)
    ? 'set STT_MODEL_PATH to a real whisper ggml model (ggml-base.bin…) to measure accuracy'
    : tools.length > 0
      ? `${tools.join(', ')} missing`
      : null;
if (skipReason !== null) console.warn(`[stt accuracy] skipped: ${skipReason}`);

describe('caption accuracy on synthetic Mandarin', () => {
  (skipReason === null ? it : it.skip)(
    `keeps the character error rate under ${maxCer}`,
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'stt accuracy '));
      const engine = createWhisperNodeEngine();
      const log = new EventLog();
      try {
        const wav = mandarinWav(dir, 'reference', reference.join(''));
        const { handlers } = createStreamHandlers({
          engine,
          activeModelPath: () => modelPath ?? '',
          threads: defaultThreads(),
          workDir: join(dir, 'chunks'),
          emit: log.emit,
          logger: silentLogger,
        });
        const { streamId } = await handlers['stt.transcribeFile']({ path: wav, language: 'zh' });
        expect((await log.closed(streamId, 170_000)).state).toBe('ended');
        const heard = log
          .segmentEvents(streamId)
          .flatMap((event) => event.segments.map((segment) => segment.text))
          .join('');
        const cer = characterErrorRate(reference.join(''), heard);
        console.log(`[stt accuracy] CER ${cer.toFixed(3)} — heard: ${heard}`);
        expect(cer).toBeLessThan(maxCer);
      } finally {
        await engine.dispose();
        rmSync(dir, { recursive: true, force: true });
      }
    },
    180_000,
  );
});
