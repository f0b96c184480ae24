import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import packageJson from '../../package.json' with { type: 'json' };
import { createConsoleLogger } from '../shared/logger';
import { runNodeHost } from './run-host';

const defaultPort = 17317;

/** Main's own files (OBS settings, secrets); XDG on Linux, the same folder name Electron uses elsewhere. */
function defaultDataDir(): string {
  const base = process.env['XDG_CONFIG_HOME'] ?? join(homedir(), '.config');
  return join(base, 'linli-workbench');
}

/**
 * `node out/main/node-host.js [--port N] [--renderer-dir DIR] [--data-dir DIR] [--json]`: the browser mode. The port is
 * fixed by default because the owner's data lives in the browser's IndexedDB for this exact origin.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: process.env['LINLI_PORT'] ?? String(defaultPort) },
      'renderer-dir': {
        type: 'string',
        default: join(dirname(fileURLToPath(import.meta.url)), '../renderer'),
      },
      json: { type: 'boolean', default: false },
      'data-dir': { type: 'string', default: process.env['LINLI_DATA_DIR'] ?? defaultDataDir() },
    },
  });
  const rendererDir = values['renderer-dir'];
  if (!existsSync(join(rendererDir, 'index.html'))) {
    process.stderr.write(`无法启动：找不到已构建的界面 ${rendererDir}（先运行 npm run build）。\n`);
    process.stderr.write(`Cannot start: no built renderer in ${rendererDir} (run npm run build first).\n`);
    process.exit(2);
  }
  const logger = createConsoleLogger('node-host');
  const port = Number(values.port);
  try {
    const running = await runNodeHost({
      port,
      rendererDir,
      appVersion: packageJson.version,
      logger,
      dataDir: values['data-dir'],
    });
    if (values.json)
      process.stdout.write(
        `${JSON.stringify({ url: running.url, origin: running.host.origin, token: running.token })}\n`,
      );
    else process.stdout.write(`邻里工作台已启动 / Linli Workbench is running: ${running.url}\n`);
    const stop = () => void running.stop().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'EADDRINUSE') {
      process.stderr.write(
        `端口 ${port} 已被占用：工作台可能已在运行。换端口请设置 LINLI_PORT（数据按端口分开保存）。\n`,
      );
      process.stderr.write(
        `Port ${port} is taken: the workbench may already be running. Set LINLI_PORT for another port (data is kept per port).\n`,
      );
      process.exit(3);
    }
    throw error;
  }
}

void main();
