import { open } from 'node:fs/promises';
import { AppError } from '../../../../app/contract/errors';

/** whisper.cpp's GGML_FILE_MAGIC (0x67676d6c) as it sits on disk, little-endian. */
const ggmlMagic = Buffer.from('lmgg', 'latin1');

function invalid(reason: string, message: string, modelPath: string): AppError {
  return new AppError('STT_MODEL_INVALID', message, { reason, path: modelPath });
}

/**
 * Refuses a model file whisper.cpp would choke on before a process is spent on it: whisper.cpp reports a
 * truncated or foreign file only as "failed to initialize whisper context", which tells the owner nothing.
 */
export async function checkModelFile(modelPath: string): Promise<void> {
  let handle;
  try {
    handle = await open(modelPath, 'r');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw invalid(
      missing ? 'missing' : 'unreadable',
      `The speech model file cannot be opened: ${String(error)}`,
      modelPath,
    );
  }
  try {
    const { size } = await handle.stat();
    if (size === 0) throw invalid('empty', 'The speech model file is empty', modelPath);
    const head = Buffer.alloc(ggmlMagic.length);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    if (bytesRead < head.length || !head.equals(ggmlMagic))
      throw invalid('notGgml', 'The file is not a whisper.cpp (ggml) model', modelPath);
  } finally {
    await handle.close();
  }
}
