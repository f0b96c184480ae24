import { existsSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { freePort, startHost } from './support/host';
import { mandarinWav, toyWhisperModel } from './support/speech-audio';
import { launchProfile, newProfileDir, Workbench } from './support/workbench';

test('captions are off without a model, then run on the fake microphone and are kept with the live', async () => {
  const wav = mandarinWav('今天给大家介绍散养土鸡蛋，一箱三十枚，只要四十五元。');
  test.skip(!wav, 'espeak-ng and sox are needed to make the test speech (CI installs them)');
  test.skip(!existsSync(toyWhisperModel), `the test model is missing: ${toyWhisperModel}`);
  const host = await startHost(await freePort());
  const context = await launchProfile(newProfileDir(), [
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
    `--use-file-for-fake-audio-capture=${wav ?? ''}`,
  ]);
  try {
    const workbench = new Workbench(await context.newPage());
    const page = workbench.page;
    await workbench.open(host.url);
    await workbench.goTo('live');
    await expect(page.getByTestId('captions-off')).toContainText('还没有语音识别模型');

    await workbench.goTo('settings');
    await page.getByTestId('stt-path-tiny').fill(toyWhisperModel);
    await page.getByTestId('stt-use-file-tiny').click();
    await expect(page.getByTestId('stt-status')).toContainText('字幕可用');

    await workbench.goTo('live');
    await page.getByTestId('rundown-title').fill('字幕测试');
    await page.getByTestId('rundown-product-0').selectOption({ index: 1 });
    await page.getByTestId('rundown-create').click();
    await page.getByTestId('captions-toggle').click();
    await expect(page.getByTestId('captions-toggle')).toHaveAttribute('data-phase', 'listening');
    await expect(page.getByTestId('captions-lines').locator('li').first()).toBeVisible({ timeout: 45_000 });
    await page.getByTestId('captions-toggle').click();
    await expect(page.getByTestId('captions-toggle')).toHaveAttribute('data-phase', 'off');

    const saved = page.getByTestId('transcript-lines').locator('li');
    await expect(saved.first()).toBeVisible();
    await expect(saved.first()).toContainText(/^0:0\d/);
    const afterLive = await saved.count();
    await page.getByTestId('replay-path').fill(wav ?? '');
    await page.getByTestId('replay-start').click();
    await expect(page.getByTestId('replay-done')).toBeVisible({ timeout: 45_000 });
    await expect.poll(() => saved.count()).toBeGreaterThan(afterLive);

    await page.getByTestId('transcript-search').fill('这句话从来没有说过');
    await expect(saved).toHaveCount(0);
    expect(workbench.cspViolations).toEqual([]);
  } finally {
    await context.close();
    await host.stop();
  }
});
