import { expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { freePort } from './support/host';
import { withWorkbench } from './support/session';

const tinyModel = resolve('../shared/data/models/tiny-random-qwen2-f16.gguf');

test('the owner sets up a local model, a hosted provider and the comment intake', async () => {
  test.skip(!existsSync(tinyModel), `needs the shared tiny GGUF model at ${tinyModel}`);
  await withWorkbench('settings', async (workbench) => {
    const page = workbench.page;
    await page.getByTestId('ai-provider').selectOption({ label: '本机模型文件（GGUF）' });
    await page.getByTestId('ai-local-path').fill(tinyModel);
    await page.getByTestId('ai-save').click();
    await expect(page.getByTestId('ai-local-state')).toHaveAttribute('data-state', 'ready', {
      timeout: 60_000,
    });
    await page.getByTestId('ai-test').click();
    await expect(page.getByTestId('ai-notice')).toContainText(/用时 \d+ 毫秒/, { timeout: 60_000 });

    await page.getByTestId('ai-provider').selectOption('openai');
    await expect(page.getByTestId('ai-base-url')).toHaveValue('https://api.openai.com/v1');
    await page.getByTestId('ai-model').fill('gpt-4o-mini');
    await page.getByTestId('ai-api-key').fill('sk-e2e-fake-key');
    await page.getByTestId('ai-save').click();
    await expect(page.getByTestId('ai-notice')).toHaveText('已保存');
    await expect(page.getByTestId('ai-api-key')).toHaveValue('');

    // After a reload the key must come back only as "saved", never as its text.
    await workbench.open(page.url());
    await workbench.goTo('settings');
    await expect(page.getByTestId('ai-provider')).toHaveValue('openai');
    await expect(page.getByTestId('ai-api-key')).toHaveValue('');
    await expect(page.getByTestId('ai-api-key')).toHaveAttribute('placeholder', /已保存/);

    const port = await freePort();
    await page.getByTestId('ingest-enabled').check();
    await page.getByTestId('ingest-port').fill(String(port));
    await page.getByTestId('ingest-apply').click();
    await expect(page.getByTestId('ingest-state')).toHaveAttribute('data-listening', 'true');
    const url = await page.getByTestId('ingest-url').inputValue();
    const token = await page.getByTestId('ingest-token').inputValue();
    expect(url).toContain(`:${port}/`);
    const response = await fetch(url, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        platform: 'douyin',
        userId: 'e2e-1',
        nickname: '张阿姨',
        text: '要两盒鸡蛋',
        time: Date.now(),
      }),
    });
    expect(response.status).toBeGreaterThanOrEqual(200);
    expect(response.status).toBeLessThan(300);
  });
});
