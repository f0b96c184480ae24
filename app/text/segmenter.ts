import { AppError } from '../contract/errors';

/** Splits text into words. Rules in `app/` depend on this interface only, never on a segmentation engine. */
export interface Segmenter {
  cut(text: string): string[];
}

/**
 * Where the browser build finds jieba's `.wasm`: a URL string, or the bytes. Only needed when the bundler
 * did not emit the file next to jieba's JavaScript (see `createJiebaSegmenter`); Node ignores it.
 */
export type JiebaWasmSource = string | ArrayBuffer | Uint8Array;

export interface JiebaSegmenterOptions {
  wasm?: JiebaWasmSource;
}

/** The part of jieba-wasm both of its builds share, plus the web build's init (a default export). */
interface JiebaModule {
  cut(text: string, hmm?: boolean | null): string[];
  default?: unknown;
}

type WebInit = (options?: { module_or_path: JiebaWasmSource }) => Promise<unknown>;

/** One engine per process: the dictionary inside the `.wasm` takes ~4 MB and loads once. */
let loading: Promise<JiebaModule> | undefined;

/**
 * Loads jieba-wasm and returns a segmenter over it.
 *
 * The package's `exports` choose the build. Under Node (tests, the Node host) the `node` condition picks
 * `pkg/nodejs`, a CommonJS module that compiles the `.wasm` from its own folder while it is imported, so
 * there is nothing to initialize. A browser bundler (Vite, renderer) resolves with `browser`/`import` and
 * gets `pkg/web`, whose default export must be awaited before `cut` works; with no argument it fetches
 * `new URL('jieba_rs_wasm_bg.wasm', import.meta.url)`, a pattern `vite build` rewrites into a hashed asset.
 * `options.wasm` overrides that URL (or hands over bytes) for hosts where the pattern is not rewritten.
 * The engine is shared by the whole process, so the first call's `options` are the ones that count.
 *
 * HMM (jieba's guessing of words missing from its dictionary) is off: it glues neighbours of keywords into
 * invented words (猫粮狗粮 → 猫/粮狗/粮), while dictionary-only cutting leaves unknown runs as single
 * characters that keyword matching can join back together (猫/粮/狗/粮).
 */
export async function createJiebaSegmenter(options: JiebaSegmenterOptions = {}): Promise<Segmenter> {
  loading ??= loadJieba(options.wasm);
  let jieba: JiebaModule;
  try {
    jieba = await loading;
  } catch (error) {
    loading = undefined;
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError('INTERNAL', `The Chinese word segmenter (jieba-wasm) failed to load: ${reason}`);
  }
  return { cut: (text) => jieba.cut(text, false) };
}

async function loadJieba(wasm: JiebaWasmSource | undefined): Promise<JiebaModule> {
  const loaded: unknown = await import('jieba-wasm');
  if (!isJiebaModule(loaded)) throw new Error('the module has no cut()');
  // Only the web build exports an init function; the Node build's default export is its exports object.
  if (isWebInit(loaded.default)) {
    await (wasm === undefined ? loaded.default() : loaded.default({ module_or_path: wasm }));
  }
  return loaded;
}

function isJiebaModule(value: unknown): value is JiebaModule {
  return typeof value === 'object' && value !== null && 'cut' in value && typeof value.cut === 'function';
}

function isWebInit(value: unknown): value is WebInit {
  return typeof value === 'function';
}
