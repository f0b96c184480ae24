import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Postinstall: compiles whisper.cpp's `main` inside whisper-node once, here, because whisper-node would
 * otherwise run a blocking `make` the first time the app loads it. Never fails the install: without a
 * compiler the app simply reports STT_NO_ENGINE ("captions are off") and everything else works.
 */
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const whisperDir = join(root, 'node_modules', 'whisper-node', 'lib', 'whisper.cpp');
const binary = join(whisperDir, process.platform === 'win32' ? 'main.exe' : 'main');

const say = (zh, en) => console.log(`[build-whisper] ${zh} / ${en}`);

const runs = (command, args) => {
  const result = spawnSync(command, args, { stdio: 'ignore' });
  return result.error === undefined && result.status === 0;
};

const fixHint =
  process.platform === 'darwin'
    ? 'xcode-select --install'
    : process.platform === 'win32'
      ? 'install MSYS2 or w64devkit (make + g++) and add it to PATH'
      : 'sudo apt-get install -y build-essential';

function main() {
  if (!existsSync(join(whisperDir, 'Makefile'))) {
    say(
      '未安装 whisper-node，跳过语音引擎编译',
      'whisper-node is not installed, skipping the speech engine build',
    );
    return;
  }
  if (existsSync(binary)) {
    say('语音识别引擎已就绪', 'speech engine (whisper.cpp) already built');
    return;
  }
  const compiler = ['c++', 'g++', 'clang++'].find((candidate) => runs(candidate, ['--version']));
  if (!runs('make', ['--version']) || compiler === undefined) {
    say(
      `缺少 make 或 C++ 编译器，字幕功能将关闭。安装后运行 node scripts/build-whisper.mjs（${fixHint}）`,
      `make or a C++ compiler is missing, so captions stay off. Install them (${fixHint}), then run node scripts/build-whisper.mjs`,
    );
    return;
  }
  say(
    '正在编译语音识别引擎 whisper.cpp（约 30 秒）…',
    'building the speech engine whisper.cpp (about 30 s)…',
  );
  const started = Date.now();
  const build = spawnSync('make', ['-j2', 'main'], {
    cwd: whisperDir,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  if (build.status !== 0 || !existsSync(binary)) {
    const output = `${build.stdout ?? ''}${build.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
    console.log(output);
    say(
      `语音引擎编译失败，字幕功能将关闭。请检查上面的错误后运行 node scripts/build-whisper.mjs`,
      `building the speech engine failed, so captions stay off. Fix the error above (${fixHint}), then run node scripts/build-whisper.mjs`,
    );
    return;
  }
  const seconds = Math.round((Date.now() - started) / 1000);
  say(`语音识别引擎编译完成（${seconds} 秒）`, `speech engine built in ${seconds} s`);
}

try {
  main();
} catch (error) {
  say(
    '语音引擎编译出错，字幕功能将关闭',
    `the speech engine build stopped (${String(error)}), so captions stay off`,
  );
}
