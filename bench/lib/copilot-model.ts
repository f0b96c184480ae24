/**
 * Time to the first suggestion token through the whole real path: the AI service's ai.generate → openai SDK
 * → HTTP → the in-process llama.cpp server (startLocalModelServer, loaded by the service as for the owner)
 * → the GGUF model, with every request a new viewer question about a product on the rundown.
 */
import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import type { PayloadOf } from '../../app/contract';
import type { DigestProduct } from '../../app/domain/copilot';
import { AiHarness } from '../../main/services/ai/testing/ai-harness';
import type { Cleanup } from './cleanup';
import { formatNumber, type Figure, type Target } from './report';
import { median, summarize } from './stats';

export interface ModelSettings {
  warmupRequests: number;
  requests: number;
  maxTokens: number;
  loadTimeoutMs: number;
  requestTimeoutMs: number;
}

export interface ModelRun {
  modelId: string;
  loadMs: number;
  /** From the call to the first ai.textGenerated event: what the copilot panel waits for. */
  firstDeltaMs: number[];
  /** The service's own firstTokenMs, which stops before the delta is emitted. */
  firstTokenMs: number[];
  totalMs: number[];
  /** Only answers cut at maxTokens, whose token count is known. */
  tokensPerS: number[];
  stopped: number;
  promptChars: number[];
}

const system = '你是社区团购直播间的助手。只根据给出的商品信息，用一句话告诉主播怎么回答观众，不要编造。';
const questions = [
  '今天下单什么时候能自提？',
  '保质期多久？',
  '还有货吗，我想要三份',
  '几个月的宝宝能吃？',
  '能送到12栋吗？',
  '坏了能退吗？',
  '和超市的比有什么不一样？',
  '里面有没有添加剂？',
];

function userMessage(product: DigestProduct, question: string, round: number): string {
  const facts = [
    ...product.facts.certifications,
    product.facts.shelfLifeDays === undefined ? '' : `保质期${product.facts.shelfLifeDays}天`,
    product.facts.pickupWindow === undefined ? '' : `自提：${product.facts.pickupWindow}`,
    product.facts.ageRange ?? '',
  ].filter((fact) => fact !== '');
  // The viewer's nickname changes every round, so no two prompts share more than the system part.
  return `正在讲${product.link}号：${product.name}，${(product.priceFen / 100).toFixed(2)}元/${product.unit}，还剩${product.stockLeft}${product.unit}。${facts.join('；')}。观众「用户${1000 + round}」问：${question}`;
}

async function waitUntilLoaded(harness: AiHarness, timeoutMs: number): Promise<void> {
  const settled = () => harness.localStates().some((state) => state === 'ready' || state === 'failed');
  await harness.waitFor(settled, timeoutMs);
  if (harness.localStates().includes('failed')) {
    const config = await harness.call('ai.getConfig', {});
    throw new Error(`the local model failed to load: ${config.localError?.message ?? 'no reason given'}`);
  }
}

function stateAt(harness: AiHarness, state: string): number {
  const entry = harness.events.find(
    (recorded) =>
      recorded.event === 'ai.localStateChanged' &&
      (recorded.payload as PayloadOf<'ai.localStateChanged'>).state === state,
  );
  return entry?.at ?? Number.NaN;
}

export async function measureModel(
  modelPath: string,
  products: readonly DigestProduct[],
  settings: ModelSettings,
  cleanup: Cleanup,
  log: (message: string) => void,
): Promise<ModelRun> {
  const harness = new AiHarness();
  const dispose = cleanup.add(`AI service (${basename(modelPath)})`, () => harness.dispose());
  try {
    await harness.call('ai.saveConfig', {
      provider: 'local',
      localModelPath: modelPath,
      timeoutMs: settings.requestTimeoutMs,
    });
    await waitUntilLoaded(harness, settings.loadTimeoutMs);
    const run: ModelRun = {
      modelId: basename(modelPath, '.gguf'),
      loadMs: stateAt(harness, 'ready') - stateAt(harness, 'loading'),
      firstDeltaMs: [],
      firstTokenMs: [],
      totalMs: [],
      tokensPerS: [],
      stopped: 0,
      promptChars: [],
    };
    log(`${basename(modelPath)}: loaded in ${Math.round(run.loadMs)} ms`);
    for (let round = 0; round < settings.warmupRequests + settings.requests; round += 1) {
      const product = products[round % products.length];
      const question = questions[round % questions.length];
      if (product === undefined || question === undefined) throw new Error('no products or questions');
      const content = userMessage(product, question, round);
      const requestId = `bench-${round}`;
      const start = performance.now();
      const result = await harness.call('ai.generate', {
        requestId,
        messages: [
          { role: 'system', content: system },
          { role: 'user', content },
        ],
        maxTokens: settings.maxTokens,
      });
      const firstDelta = harness.deltas(requestId)[0]?.at;
      // The name the server reports, which is what the owner's settings page shows too.
      run.modelId = result.model;
      if (round < settings.warmupRequests) continue;
      if (firstDelta === undefined || result.firstTokenMs === null) {
        run.stopped += 1;
        continue;
      }
      run.firstDeltaMs.push(firstDelta - start);
      run.firstTokenMs.push(result.firstTokenMs);
      run.totalMs.push(result.totalMs);
      run.promptChars.push(system.length + content.length);
      // The first token's time is in firstTokenMs; the other maxTokens - 1 came after it.
      if (result.finishReason === 'length')
        run.tokensPerS.push((settings.maxTokens - 1) / ((result.totalMs - result.firstTokenMs) / 1000));
      else run.stopped += 1;
    }
    return run;
  } finally {
    await dispose();
  }
}

export interface ModelSection {
  key: string;
  label: string;
  /** Whether the 1.5 s target is checked on this model: only a real one says anything about it. */
  targeted: boolean;
  /** The first model loaded in the process also pays for importing node-llama-cpp. */
  firstLoad: boolean;
}

export function modelFigures(
  run: ModelRun,
  section: ModelSection,
  settings: ModelSettings,
  targetMs: number,
): { figures: Figure[]; targets: Target[] } {
  const { key, label } = section;
  const first = summarize(run.firstDeltaMs);
  const threads = `${Math.max(1, availableParallelism() - 1)} of ${availableParallelism()} CPU threads`;
  const n = `n=${first.n} after ${settings.warmupRequests} warm-up`;
  const rate = run.tokensPerS.length > 0 ? median(run.tokensPerS) : Number.NaN;
  return {
    figures: [
      {
        name: `copilot.model_load.${key}`,
        value: run.loadMs,
        unit: 'ms',
        note: `ai.saveConfig's local model from loading to ready: file check, ${section.firstLoad ? "node-llama-cpp's first import, " : ''}model load, context, HTTP server; ${label}, served as ${run.modelId}`,
      },
      {
        name: `copilot.first_token.${key}`,
        value: first.p50,
        unit: 'ms',
        note: `p50, ${n}, ai.generate call to its first ai.textGenerated event, each a new question (${formatNumber(median(run.promptChars))} prompt chars) on ${threads}; p95 ${formatNumber(first.p95)} ms, service's own firstTokenMs p50 ${formatNumber(median(run.firstTokenMs))} ms; ${label}`,
      },
      {
        name: `copilot.tokens_per_s.${key}`,
        value: rate,
        unit: 'tokens/s',
        note: `median over the ${run.tokensPerS.length} answers cut at maxTokens ${settings.maxTokens}, after the first token${run.stopped > 0 ? `; ${run.stopped} stopped early and are not in it` : ''}; answer p50 ${formatNumber(median(run.totalMs))} ms`,
      },
    ],
    targets: section.targeted
      ? [{ name: `copilot.first_token.${key}`, value: first.p50, limit: targetMs, bound: '<', unit: 'ms' }]
      : [],
  };
}
