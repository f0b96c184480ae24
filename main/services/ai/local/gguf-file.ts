import { open } from 'node:fs/promises';
import { unavailable } from '../ai-errors';

const ggufMagic = 'GGUF';

/**
 * Checks that the owner's file is there and is a GGUF model before handing it to llama.cpp, whose own errors
 * for a wrong file are cryptic.
 */
export async function checkGgufFile(path: string): Promise<void> {
  const handle = await open(path, 'r').catch((error: unknown) => {
    throw unavailable('localMissing', `Cannot open the model file: ${String(error)}`, { path });
  });
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4), 0, 4, 0);
    if (bytesRead < 4 || buffer.toString('latin1') !== ggufMagic)
      throw unavailable('localInvalid', 'The model file is not a GGUF model', { path });
  } finally {
    await handle.close();
  }
}
