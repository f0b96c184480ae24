import { randomBytes } from 'node:crypto';
import type { Logger } from '../../../../app/rpc/logger';
import { checkGgufFile } from './gguf-file';
import { loadLlamaEngine } from './llama-engine';
import { startLocalHttpServer } from './local-http-server';

/** The owner's GGUF model behind a loopback OpenAI-compatible endpoint. */
export interface LocalModelServer {
  readonly baseURL: string;
  /** Random per launch: only this process can use the endpoint. */
  readonly apiKey: string;
  readonly modelId: string;
  close(): Promise<void>;
}

export interface LocalModelServerOptions {
  modelPath: string;
  logger: Logger;
  threads?: number;
  contextSize?: number;
}

/** Checks and loads the model, then listens on 127.0.0.1 at a free port. Also used by the benchmarks. */
export async function startLocalModelServer(options: LocalModelServerOptions): Promise<LocalModelServer> {
  await checkGgufFile(options.modelPath);
  const engine = await loadLlamaEngine(options);
  const apiKey = randomBytes(24).toString('base64url');
  try {
    const http = await startLocalHttpServer(engine, apiKey, options.logger);
    return {
      baseURL: http.baseURL,
      apiKey,
      modelId: engine.modelId,
      close: async () => {
        await http.close();
        await engine.dispose();
      },
    };
  } catch (error) {
    await engine.dispose();
    throw error;
  }
}
