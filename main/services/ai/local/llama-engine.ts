import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import type { ChatHistoryItem, GbnfJsonSchema, Llama, LlamaGrammar } from 'node-llama-cpp';
import type { Logger } from '../../../../app/rpc/logger';
import type { ResponseFormat } from './chat-request';
import type { LocalFinishReason, Usage } from './completion-chunks';

export interface EngineRequest {
  history: ChatHistoryItem[];
  maxTokens: number;
  temperature: number;
  topP: number | undefined;
  seed: number | undefined;
  format: ResponseFormat;
  signal: AbortSignal;
  onText: (text: string) => void;
}

export interface EngineResult {
  text: string;
  finishReason: LocalFinishReason;
  usage: Usage;
}

/** A GGUF model loaded once, answering one chat request at a time on its single context sequence. */
export interface LlamaEngine {
  /** The name the server reports for the model: the file name without `.gguf`. */
  readonly modelId: string;
  complete(request: EngineRequest): Promise<EngineResult>;
  dispose(): Promise<void>;
}

export interface LlamaEngineOptions {
  modelPath: string;
  logger: Logger;
  /** Defaults to all cores but one: a busy machine (OBS encoding) slowed decoding tenfold with all of them. */
  threads?: number;
  contextSize?: number;
}

const grammarCacheSize = 16;

function defaultThreads(cores = availableParallelism()): number {
  return Math.max(1, cores - 1);
}

/** The request's schema cannot be turned into a grammar: the client's mistake, not the server's. */
export class UnsupportedSchemaError extends Error {}

/** Compiling a JSON-schema grammar over a 150k-token vocabulary takes a while; copilot schemas repeat. */
class GrammarCache {
  private readonly grammars = new Map<string, Promise<LlamaGrammar>>();

  constructor(private readonly llama: Llama) {}

  get(format: ResponseFormat): Promise<LlamaGrammar> | undefined {
    if (format === undefined || format.type === 'text') return undefined;
    const schema = format.type === 'json_schema' ? format.json_schema.schema : undefined;
    const key = schema === undefined ? 'any JSON' : JSON.stringify(schema);
    const cached = this.grammars.get(key);
    if (cached) return cached;
    const created = (
      schema === undefined
        ? this.llama.getGrammarFor('json')
        : // A JSON object from the wire; node-llama-cpp reads the subset of JSON Schema it understands.
          this.llama.createGrammarForJsonSchema<GbnfJsonSchema>(schema as GbnfJsonSchema)
    ).catch((error: unknown) => {
      throw new UnsupportedSchemaError(`Cannot follow this JSON schema: ${String(error)}`);
    });
    this.grammars.set(key, created);
    created.catch(() => this.grammars.delete(key));
    if (this.grammars.size > grammarCacheSize) {
      const oldest = this.grammars.keys().next().value;
      if (oldest !== undefined) this.grammars.delete(oldest);
    }
    return created;
  }
}

export async function loadLlamaEngine(options: LlamaEngineOptions): Promise<LlamaEngine> {
  // Imported on first use: it costs ~0.4 s, which every start-up without a local model would pay.
  const { getLlama, LlamaChat, LlamaLogLevel } = await import('node-llama-cpp');
  const llama = await getLlama({
    gpu: false,
    build: 'never',
    logLevel: LlamaLogLevel.error,
    logger: (level, message) => options.logger.warn('llama.cpp', { level, message: message.trim() }),
  });
  try {
    const model = await llama.loadModel({ modelPath: options.modelPath });
    const context = await model.createContext({
      contextSize: { max: options.contextSize ?? 4096 },
      threads: options.threads ?? defaultThreads(),
    });
    const sequence = context.getSequence();
    const chat = new LlamaChat({ contextSequence: sequence });
    const grammars = new GrammarCache(llama);
    let queue: Promise<unknown> = Promise.resolve();

    const generate = async (request: EngineRequest): Promise<EngineResult> => {
      request.signal.throwIfAborted();
      const grammar = await grammars.get(request.format);
      let completionTokens = 0;
      const response = await chat.generateResponse(request.history, {
        maxTokens: request.maxTokens,
        temperature: request.temperature,
        ...(request.topP === undefined ? {} : { topP: request.topP }),
        ...(request.seed === undefined ? {} : { seed: request.seed }),
        ...(grammar === undefined ? {} : { grammar }),
        signal: request.signal,
        onTextChunk: request.onText,
        onToken: (tokens) => (completionTokens += tokens.length),
      });
      const promptTokens = Math.max(0, sequence.nextTokenIndex - completionTokens);
      return {
        text: response.response,
        finishReason: response.metadata.stopReason === 'maxTokens' ? 'length' : 'stop',
        usage: {
          prompt_tokens: promptTokens,
          completion_tokens: completionTokens,
          total_tokens: promptTokens + completionTokens,
        },
      };
    };

    return {
      modelId: basename(options.modelPath).replace(/\.gguf$/i, ''),
      complete: (request) => {
        const run = queue.then(() => generate(request));
        queue = run.catch(() => undefined);
        return run;
      },
      dispose: async () => {
        await queue;
        chat.dispose();
        await context.dispose();
        await model.dispose();
        await llama.dispose();
      },
    };
  } catch (error) {
    await llama.dispose();
    throw error;
  }
}
