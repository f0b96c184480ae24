import { spawn, spawnSync } from 'node:child_process';
import { electronBinary } from './electron-binary.mjs';

/**
 * `npm start`: builds, then opens the desktop app in Electron where its binary exists; otherwise runs
 * the same app in browser mode and prints the address to open.
 */
const build = spawnSync(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build'], {
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

const binary = electronBinary();
const child = binary
  ? spawn(binary, ['.'], { stdio: 'inherit' })
  : (console.log(
      '未找到 Electron 程序（安装时跳过了下载），改用浏览器模式：请在浏览器中打开下面的链接。\n' +
        'Electron binary not installed (its download was skipped), so starting browser mode: open the link below.',
    ),
    spawn(process.execPath, ['out/main/node-host.js', ...process.argv.slice(2)], { stdio: 'inherit' }));

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
