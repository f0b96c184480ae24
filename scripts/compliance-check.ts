/**
 * Checks texts for risky advertising wording (《广告法》 and the food, infant and price rules), one per line:
 *
 *   npm run -s compliance:check < lines.txt
 *
 * Prints one JSON object per input line, in order, so output line n answers input line n — except lines
 * starting with `#`, which are comments and print nothing. Only the first tab-separated column is read.
 */
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { createComplianceChecker } from '../app/text/compliance';

const usage = `用法：npm run -s compliance:check < lines.txt
检查每行文字（直播话术、字幕、评论）是否含有《广告法》禁用或高风险用语。
每行输出一个 JSON：{"flagged": true|false, "hits": [{"term", "rule", "suggestion"}]}
只读取每行第一个制表符之前的文字；以 # 开头的行跳过；空行输出 {"flagged":false,"hits":[]}。

Usage: npm run -s compliance:check < lines.txt
Checks each line (a host's words, a caption, a comment) for banned or risky advertising wording.
Prints one JSON object per line: {"flagged": true|false, "hits": [{"term", "rule", "suggestion"}]}
Only the text before the first tab is read; lines starting with # are skipped; a blank line prints
{"flagged":false,"hits":[]}.
`;

async function main(): Promise<void> {
  if (process.argv.slice(2).some((arg) => arg === '--help' || arg === '-h')) {
    process.stdout.write(usage);
    return;
  }
  const check = createComplianceChecker();
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let first = true;
  for await (const raw of lines) {
    const line = first ? raw.replace(/^\uFEFF/u, '') : raw;
    first = false;
    if (line.startsWith('#')) continue;
    const text = (line.split('\t')[0] ?? '').replace(/\r$/u, '');
    const { flagged, hits } = check(text);
    const answer = { flagged, hits: hits.map(({ term, rule, suggestion }) => ({ term, rule, suggestion })) };
    if (!process.stdout.write(`${JSON.stringify(answer)}\n`)) await once(process.stdout, 'drain');
  }
}

// A reader that stops early (`| head`) closes the pipe; that is not an error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main().catch((error: unknown) => {
  process.stderr.write(`compliance:check: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
