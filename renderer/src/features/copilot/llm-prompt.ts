import type { AiMessage } from '../../../../app/contract/ai';
import type { CopilotLocale, Digest, DigestProduct } from '../../../../app/domain/copilot';
import { formatFen } from '../../../../app/domain/money';

/** What the model is asked for; the host validates the answer against it before it reaches the page. */
export const llmAnswerSchema = {
  type: 'object',
  properties: {
    lines: { type: 'array', items: { type: 'string' }, minItems: 3, maxItems: 5 },
    sellingPoints: { type: 'array', items: { type: 'string' } },
  },
  required: ['lines', 'sellingPoints'],
  additionalProperties: false,
};

export interface LlmAnswer {
  lines: string[];
  sellingPoints: string[];
}

export interface LlmFacts {
  product: DigestProduct;
  digest: Digest;
  transcriptTail: readonly string[];
  locale: CopilotLocale;
}

// The model only rewrites what the store knows: anything it is not told it must not claim, and the words
// the advertising law forbids (最/第一/治疗…) would put the owner's stream at risk.
const systemPrompt = [
  '你是社区小店直播带货的话术助手。',
  '只能使用用户消息里给出的事实（商品名、价格、库存、单位、资料、观众提问、主播刚说的话），不要编造任何产地、认证、功效或保质期。',
  '不要使用绝对化用语（最、第一、顶级、100%等），不要做医疗或保健功效的说法。',
  '语气亲切、口语化，每句不超过40个字。',
  '按要求的JSON格式回答：lines 是接下来可以说的3到5句话，sellingPoints 是卖点短语。',
].join('\n');

const answerLanguage: Record<CopilotLocale, string> = {
  'zh-CN': '请用简体中文回答。',
  en: 'Answer in English.',
};

/** The facts the offline engine used, as plain lines; absent facts are left out rather than left blank. */
function factLines({ product, digest, transcriptTail }: LlmFacts): string[] {
  const facts = Object.entries(product.facts).flatMap(([key, value]) => {
    const text = Array.isArray(value) ? value.join('、') : String(value ?? '');
    return text === '' ? [] : [`- ${key}：${text}`];
  });
  const questions = digest.questions
    .slice(0, 5)
    .map((cluster) => `- ${cluster.label}（${cluster.count}次，${cluster.people}人）`);
  return [
    `商品：${product.link}号 ${product.name}`,
    `价格：${formatFen(product.priceFen, 'zh-CN')}/${product.unit}`,
    `库存还剩：${product.stockLeft}${product.unit}`,
    ...(facts.length > 0 ? ['资料：', ...facts] : ['资料：无（不要说任何资料里没有的事实）']),
    ...(questions.length > 0 ? ['观众最近的提问：', ...questions] : []),
    ...(transcriptTail.length > 0 ? ['主播刚说过：', ...transcriptTail.map((line) => `- ${line}`)] : []),
  ];
}

export function llmMessages(input: LlmFacts): AiMessage[] {
  return [
    { role: 'system', content: systemPrompt },
    { role: 'user', content: [...factLines(input), answerLanguage[input.locale]].join('\n') },
  ];
}

const isStrings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/** The validated answer, or null when it lacks a usable line (then the offline lines stay). */
export function readLlmAnswer(json: unknown): LlmAnswer | null {
  if (typeof json !== 'object' || json === null) return null;
  const lines: unknown = Reflect.get(json, 'lines');
  const sellingPoints: unknown = Reflect.get(json, 'sellingPoints');
  if (!isStrings(lines) || !isStrings(sellingPoints)) return null;
  const clean = (items: string[]) => items.map((item) => item.trim()).filter((item) => item !== '');
  const answer = { lines: clean(lines), sellingPoints: clean(sellingPoints) };
  return answer.lines.length === 0 ? null : answer;
}
