import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

/**
 * `npm test`: every suite, in order, on the real parts (RxDB, the Node host, Debian's Chromium), then one
 * closing line `N passed, N failed, N skipped` summing them all. Exits non-zero when anything failed or
 * nothing ran. Static checks count as one test each.
 */
const results = '.test-results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const bin = (name) => `node_modules/.bin/${name}`;
const run = (command, args) =>
  spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } }).status === 0;
const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

function record(name, counts) {
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
  lines.push(`${name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function check(name, command, args) {
  console.log(`\n=== ${name} ===`);
  const ok = run(command, args);
  record(name, { passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 });
  return ok;
}

function vitest(name, config) {
  console.log(`\n=== ${name} ===`);
  const file = `${results}/${name}.json`;
  run(bin('vitest'), ['run', '-c', config, '--reporter=default', '--reporter=json', `--outputFile=${file}`]);
  const report = readJson(file);
  if (!report) return record(name, { passed: 0, failed: 1, skipped: 0 });
  record(name, {
    passed: report.numPassedTests,
    failed: report.numFailedTests + (report.success || report.numFailedTests > 0 ? 0 : 1),
    skipped: report.numPendingTests + report.numTodoTests,
  });
}

function playwright(name) {
  console.log(`\n=== ${name} ===`);
  run(bin('playwright'), ['test']);
  const report = readJson(`${results}/playwright.json`);
  if (!report) return record(name, { passed: 0, failed: 1, skipped: 0 });
  const { expected, unexpected, skipped, flaky } = report.stats;
  record(name, { passed: expected + flaky, failed: unexpected + (report.errors?.length ?? 0), skipped });
}

if (!check('system dependencies', 'bash', ['scripts/ensure-test-deps.sh'])) {
  console.log('\ncannot run the browser suites without their system packages');
}
check('typecheck', bin('tsc'), ['-b']);
check('lint', bin('eslint'), ['.']);
check('format', bin('prettier'), ['--check', '.']);
vitest('unit', 'vitest.config.ts');
// One real OBS for the OBS suite and the browser suite; a developer's already running one is reused and kept.
const obsCi = (command) => run('bash', ['scripts/obs-ci.sh', command]);
const obsWasRunning = obsCi('status');
const obsUp = obsWasRunning || check('OBS start', 'bash', ['scripts/obs-ci.sh', 'start']);
try {
  if (obsUp) vitest('obs', 'vitest.obs.config.ts');
  else record('obs (not run: OBS did not start)', { passed: 0, failed: 1, skipped: 0 });
  if (check('build', process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build'])) {
    playwright('e2e');
    vitest('packaging', 'vitest.package.config.ts');
  } else {
    record('e2e and packaging (not run: build failed)', { passed: 0, failed: 1, skipped: 0 });
  }
} finally {
  if (!obsWasRunning) obsCi('stop');
}

console.log('\n=== summary ===');
for (const line of lines) console.log(line);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 || totals.passed === 0 || !existsSync(results) ? 1 : 0);
