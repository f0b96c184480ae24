/**
 * Reads live-stream comments and says what each asks for, against the products on the rundown:
 *
 *   npm run -s comments:parse -- --products products.tsv < comments.tsv
 *
 * Input lines are `nickname<TAB>text[<TAB>…]`; further columns (HQ's labels) are ignored. Prints one JSON
 * object per input line, in order, so output line n answers input line n — except lines starting with
 * `#`, which are comments and print nothing. HQ scores the parser on its labelled logs this way.
 */
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { isAppError } from '../app/contract/errors';
import { createProductIndex, parseComment, parseProductsTsv, type ProductIndex } from '../app/text/intent';
import type { ProductsTsvProblem } from '../app/text/intent/products-tsv';

const usage = `用法：npm run -s comments:parse -- --products <products.tsv> < comments.tsv
按直播间商品（products.tsv：link、name 等列，可选 aliases 列）理解每条评论的意图。
输入每行：昵称<TAB>评论[<TAB>其他列被忽略]；以 # 开头的行跳过；没有制表符的行整行当作评论。
每行输出一个 JSON：{"intent": "buy|cancel|change|question|complaint|praise|chat", "link": 数字|null, "qty": 数字|null}
qty 只用于 buy（没写数量为 1）和 change（改后的总数）。

Usage: npm run -s comments:parse -- --products <products.tsv> < comments.tsv
Reads what each comment wants, against the products on the rundown (products.tsv: link, name, … and an
optional aliases column). Input lines: nickname<TAB>text[<TAB>ignored columns]; lines starting with # are
skipped; a line without a tab is read as the text alone.
Prints one JSON object per line: {"intent": "buy|cancel|change|question|complaint|praise|chat",
"link": number|null, "qty": number|null}. qty is only set for buy (1 when no number is written) and for
change (the new total).
`;

/** Bad invocations exit 2, as command-line tools do, so HQ's scripts can tell them from a crash. */
const usageExit = 2;

const tableProblems: Record<ProductsTsvProblem, string> = {
  noHeader: '第一行必须有 link 和 name 列 / the first row must name the columns link and name',
  badLink: 'link 必须是 1 到 999 的整数 / link must be a whole number from 1 to 999',
  noName: '商品缺少 name / a product has no name',
  duplicateLink: 'link 重复 / a link number appears twice',
  empty: '表里没有商品 / the table lists no product',
};

function fail(message: string): never {
  process.stderr.write(`comments:parse: ${message}\n\n${usage}`);
  process.exit(usageExit);
}

function loadProducts(path: string): ProductIndex {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    fail(`读不到商品表 ${path} / cannot read the products table ${path} (${reason})`);
  }
  try {
    return createProductIndex(parseProductsTsv(text));
  } catch (error) {
    if (!isAppError(error)) throw error;
    const problem = error.details?.problem as ProductsTsvProblem | undefined;
    const line =
      typeof error.details?.line === 'number'
        ? ` (第 ${error.details.line} 行 / line ${error.details.line})`
        : '';
    fail(
      `商品表 ${path} 无效 / invalid products table ${path}: ${problem ? tableProblems[problem] : error.message}${line}`,
    );
  }
}

function options(): { products: string } | 'help' {
  let values: { products?: string | undefined; help?: boolean | undefined };
  try {
    ({ values } = parseArgs({
      options: { products: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    }));
  } catch (error) {
    fail(`参数有误 / bad arguments: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (values.help === true) return 'help';
  if (values.products === undefined || values.products === '') {
    fail('缺少 --products <products.tsv> / --products <products.tsv> is required');
  }
  return { products: values.products };
}

async function main(): Promise<void> {
  const chosen = options();
  if (chosen === 'help') {
    process.stdout.write(usage);
    return;
  }
  const products = loadProducts(chosen.products);
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let first = true;
  for await (const raw of lines) {
    const line = (first ? raw.replace(/^\uFEFF/u, '') : raw).replace(/\r$/u, '');
    first = false;
    if (line.startsWith('#')) continue;
    const columns = line.split('\t');
    const text = columns.length === 1 ? line : (columns[1] ?? '');
    const { intent, link, qty } = parseComment(text, products);
    if (!process.stdout.write(`${JSON.stringify({ intent, link, qty })}\n`))
      await once(process.stdout, 'drain');
  }
}

// A reader that stops early (`| head`) closes the pipe; that is not an error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main().catch((error: unknown) => {
  process.stderr.write(`comments:parse: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
