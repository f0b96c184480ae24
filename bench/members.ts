/**
 * Members and 接龙 benchmark: times reading a 2,000-line WeChat 接龙 paste (parseJielong + finalOrders)
 * against the demo store's weekend campaign, and scene-tag inference (inferTags with jieba) over 200
 * members' 30 days of messages. Figures go to stdout, one per line; progress goes to stderr.
 *
 *   npx tsx bench/members.ts
 *
 * Both run in Node with the app's own code. The app runs them in the renderer, where V8 is the same but
 * jieba's WebAssembly is fetched and instantiated by Chromium, so segmenter_load is only Node's share.
 * It reports and never gates: missed targets print FAIL and the exit code stays 0 (errors exit 1).
 */
import { cpus, loadavg } from 'node:os';
import type { CampaignDoc } from '../app/db/schemas/campaigns';
import { buildDemoStore, demoAnchor, demoStoreName, type DemoStore } from '../app/domain/demo/build-store';
import { finalOrders, parseJielong } from '../app/domain/jielong/parse';
import { jielongCatalog, jielongPost } from '../app/domain/jielong/post';
import { createJiebaSegmenter, type Segmenter } from '../app/text/segmenter';
import { defaultTagDictionary } from '../app/text/tag-dictionary';
import { inferTags, type InferredTag } from '../app/text/tag-inference';
import { benchChat, orderMismatches, type ChatProduct } from './lib/members-chat';
import { memberChatter, type MemberChatter } from './lib/members-messages';
import { formatFigure, formatTarget, type Target } from './lib/report';
import { median, summarize } from './lib/stats';

const settings = {
  seed: 20_240_601,
  campaignId: 'c-weekend-fresh',
  chatLines: 2000,
  parseRuns: 30,
  days: 30,
  warmRuns: 5,
};

const inNode = `Node ${process.versions.node}; the app runs this in the renderer`;

/** The words neighbours type for the weekend campaign's products; other products go by link number. */
const everydayWords: Record<string, string> = {
  'LL-EG-030': '土鸡蛋',
  'LL-SC-BOX': '蔬菜箱',
  'LL-FR-CH': '脐橙',
  'LL-MK-950': '牛奶',
  'LL-BF-500': '牛腱子',
};

interface Section {
  /** Printed lines: times through formatFigure, counts as integers (formatNumber would print 73.0). */
  lines: string[];
  targets: Target[];
  warnings: string[];
}

function countLine(name: string, value: number, unit: string, note: string): string {
  return `${name} ${value} ${unit} (${note})`;
}

function timed<T>(run: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = run();
  return { ms: performance.now() - start, value };
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

function benchJielong(store: DemoStore, campaign: CampaignDoc): Section {
  const byId = new Map(store.products.map((product) => [product.id, product]));
  const catalog = jielongCatalog(campaign, byId);
  const post = jielongPost(campaign, byId, { storeName: demoStoreName });
  const chatProducts: ChatProduct[] = catalog.map((product, index) => ({
    id: product.id,
    linkNo: product.linkNo ?? index + 1,
    word: everydayWords[byId.get(product.id)?.sku ?? ''] ?? null,
    unit: byId.get(product.id)?.unit ?? '份',
    perPersonLimit: campaign.items[index]?.perPersonLimit ?? 0,
  }));
  const chat = benchChat(post, demoStoreName, chatProducts, store.members, {
    lineCount: settings.chatLines,
    seed: settings.seed,
  });

  console.error(`[bench] 接龙: parsing a ${settings.chatLines}-line paste ${settings.parseRuns + 1} times`);
  const read = () => {
    const parse = parseJielong(chat.text, { products: catalog });
    return { parse, orders: finalOrders(parse.entries) };
  };
  // The first run is what an owner's first paste costs; the runs after it are what V8 settles to.
  const cold = timed(read);
  const samples = Array.from({ length: settings.parseRuns }, () => timed(read).ms);
  const times = summarize(samples);
  const { parse, orders } = cold.value;
  const mismatches = orderMismatches(orders, chat.expected);

  const kinds = countBy(parse.entries, (entry) => entry.kind);
  const reasons = countBy(parse.unmatched, (line) => line.reason);
  const n = `n=${times.n}`;
  return {
    lines: [
      countLine(
        'jielong_paste',
        settings.chatLines,
        'lines',
        `${Math.round(chat.text.length / 1024)} KiB: the post, ${chat.copies} copies of the list, ${chat.people} neighbours`,
      ),
      ...[
        { name: 'jielong_parse_cold', value: cold.ms, unit: 'ms', note: `first run; ${inNode}` },
        { name: 'jielong_parse_p50', value: times.p50, unit: 'ms', note: `${n}, parseJielong + finalOrders` },
        {
          name: 'jielong_parse_p95',
          value: times.p95,
          unit: 'ms',
          note: `${n}, worst ${times.max.toFixed(1)} ms`,
        },
      ].map(formatFigure),
      countLine(
        'jielong_entries',
        parse.stats.entries,
        'entries',
        `${kinds.get('order') ?? 0} orders, ${kinds.get('edit') ?? 0} edits, ${kinds.get('withdraw') ?? 0} withdrawals; ${parse.stats.duplicates} repeated lines skipped`,
      ),
      countLine(
        'jielong_neighbours',
        orders.length,
        'orders',
        `${parse.stats.names} names in entries; ${chat.expected.size} expected by the script`,
      ),
      countLine(
        'jielong_unmatched',
        parse.stats.unmatched,
        'lines',
        `noise ${reasons.get('noise') ?? 0}, noProduct ${reasons.get('noProduct') ?? 0}, noName ${reasons.get('noName') ?? 0}`,
      ),
    ],
    targets: [{ name: 'jielong_parse_p95', value: times.p95, limit: 500, bound: '<', unit: 'ms' }],
    warnings:
      mismatches.length === 0
        ? []
        : [`${mismatches.length} final orders differ from the script, first: ${mismatches[0] ?? ''}`],
  };
}

/** One inferTags call per member, as the member profile makes it. */
function inferAll(chatter: readonly MemberChatter[], segmenter: Segmenter) {
  let firstMs = 0;
  const { ms, value } = timed(() =>
    chatter.map((member, index) => {
      const one = timed(() => inferTags(member.messages, defaultTagDictionary, segmenter));
      if (index === 0) firstMs = one.ms;
      return one.value;
    }),
  );
  return { ms, firstMs, tags: value };
}

function plantedScore(chatter: readonly MemberChatter[], tags: readonly InferredTag[][]) {
  let planted = 0;
  let found = 0;
  let unplanted = 0;
  chatter.forEach((member, index) => {
    const inferred = new Set((tags[index] ?? []).map((tag) => tag.tag));
    planted += member.planted.length;
    found += member.planted.filter((tag) => inferred.has(tag)).length;
    unplanted += [...inferred].filter((tag) => !member.planted.includes(tag)).length;
  });
  return { planted, found, unplanted };
}

async function benchTags(store: DemoStore, campaign: CampaignDoc, now: number): Promise<Section> {
  // Everyday groceries only: the baby products' names (米粉(6月龄+), 奶粉) are tag keywords themselves,
  // and sprinkling them over everyone's chatter would measure the catalogue, not the households.
  const groceries = store.products
    .filter((product) => campaign.items.some((item) => item.productId === product.id))
    .map((product) => product.name);
  const chatter = memberChatter(store.members, [...groceries, '青菜', '酸奶', '苹果', '大米'], {
    now,
    days: settings.days,
    seed: settings.seed,
  });
  const messages = chatter.reduce((sum, member) => sum + member.messages.length, 0);

  console.error('[bench] tags: loading jieba-wasm');
  const loadStart = performance.now();
  const segmenter = await createJiebaSegmenter();
  const loadMs = performance.now() - loadStart;
  console.error(`[bench] tags: inferring over ${messages} messages, ${settings.warmRuns + 1} passes`);
  const cold = inferAll(chatter, segmenter);
  const warm = Array.from({ length: settings.warmRuns }, () => inferAll(chatter, segmenter).ms);
  const warmMedian = median(warm);

  const perTag = [...countBy(cold.tags.flat(), (tag) => tag.tag)].sort((a, b) => b[1] - a[1]);
  const tagged = cold.tags.filter((tags) => tags.length > 0).length;
  const score = plantedScore(chatter, cold.tags);
  const total = cold.tags.reduce((sum, tags) => sum + tags.length, 0);
  const rest = cold.ms - cold.firstMs;
  return {
    lines: [
      countLine(
        'tag_messages',
        messages,
        'messages',
        `${chatter.length} members × ${settings.days} days, ${(messages / chatter.length / settings.days).toFixed(1)} a day`,
      ),
      ...[
        {
          name: 'segmenter_load',
          value: loadMs,
          unit: 'ms',
          note: `createJiebaSegmenter; ${inNode}, where Chromium also fetches and compiles jieba's WebAssembly`,
        },
        {
          name: 'tag_inference_cold',
          value: cold.ms,
          unit: 'ms',
          note: `first pass, one inferTags per member: the first ${cold.firstMs.toFixed(0)} ms (jieba builds its dictionary on its first cut), the other ${chatter.length - 1} members ${rest.toFixed(0)} ms`,
        },
        {
          name: 'tag_inference_warm_median',
          value: warmMedian,
          unit: 'ms',
          note: `median of ${settings.warmRuns} passes: ${warm.map((ms) => ms.toFixed(0)).join('/')}`,
        },
      ].map(formatFigure),
      countLine(
        'tags_inferred',
        total,
        'tags',
        `on ${tagged} of ${chatter.length} members: ${perTag.map(([tag, count]) => `${tag} ${count}`).join(', ')}`,
      ),
      countLine(
        'tags_planted_found',
        score.found,
        'tags',
        `of ${score.planted} households the script talked about; ${score.unplanted} tags beyond them`,
      ),
    ],
    targets: [
      { name: 'tag_inference_cold', value: cold.ms, limit: 2000, bound: '<', unit: 'ms' },
      { name: 'tag_inference_warm_median', value: warmMedian, limit: 2000, bound: '<', unit: 'ms' },
    ],
    warnings: [],
  };
}

async function main(): Promise<void> {
  try {
    const now = Date.now();
    // A fixed key: it only signs the demo orders' pickup codes, which this bench never reads.
    const key = Uint8Array.from({ length: 32 }, (_, index) => index + 1);
    const store = buildDemoStore(demoAnchor(now), { storeId: 'bench', key });
    const campaign = store.campaigns.find((candidate) => candidate.id === settings.campaignId);
    if (campaign === undefined) throw new Error(`the demo store has no campaign ${settings.campaignId}`);
    const sections = [benchJielong(store, campaign), await benchTags(store, campaign, now)];
    for (const line of sections.flatMap((section) => section.lines)) console.log(line);
    // Other work on the machine shows up in every figure; the load says how much there was.
    const [load = 0] = loadavg();
    console.log(
      `host_load ${load.toFixed(2)} tasks (1-minute load average at the end, on ${cpus().length} CPUs)`,
    );
    for (const warning of sections.flatMap((section) => section.warnings)) console.log(`WARNING ${warning}`);
    console.log('');
    for (const target of sections.flatMap((section) => section.targets)) console.log(formatTarget(target));
  } catch (error) {
    console.error(
      `[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    process.exitCode = 1;
  }
}

await main();
