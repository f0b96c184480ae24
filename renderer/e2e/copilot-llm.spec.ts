import { expect, test } from '@playwright/test';
import { withWorkbench } from './support/session';

test('an imported log fills the copilot, the model falls back offline and the hand-off lists the buy', async () => {
  await withWorkbench('live', async (workbench) => {
    const page = workbench.page;
    await page.getByTestId('rundown-title').fill('周日 导入');
    await page.getByTestId('rundown-product-0').selectOption({ index: 1 });
    await page.getByTestId('rundown-create').click();
    await expect(page.getByTestId('live-sessions').locator('.tile')).toHaveCount(2);

    await workbench.goTo('copilot');
    await page
      .getByTestId('import-text')
      .fill(['李阿姨\t1号要两盒', '小王\t米粉几个月能吃？', '张姐\t+1'].join('\n'));
    await page.getByTestId('import-run').click();
    await expect(page.getByTestId('import-result')).toContainText('3');
    await expect(page.getByTestId('comments').locator('li')).toHaveCount(3);
    await expect(page.getByTestId('draft').filter({ hasText: '李阿姨' })).toBeVisible();

    // No provider is configured in a fresh store: the offline lines stay, with the reason.
    const suggestions = page.getByTestId('suggestions');
    await expect(suggestions.locator('li').first()).toBeVisible();
    await page.getByTestId('suggest-llm').click();
    await expect(page.getByTestId('suggest-fallback')).toBeVisible();
    await expect(page.getByTestId('suggest-source')).toContainText('离线引擎');
    await expect(suggestions.locator('li').first()).toBeVisible();

    const product = (await page.getByTestId('draft').first().locator('td').nth(2).textContent()) ?? '';
    const name = product.replace(/^\s*1号\s*/u, '').trim();
    await expect(page.getByTestId('handoff-post')).toHaveValue(new RegExp(`李阿姨 1号×2`, 'u'), {
      timeout: 15_000,
    });
    await expect(page.getByTestId('handoff-post')).toHaveValue(
      new RegExp(name.replace(/[()+*?.[\]]/gu, '\\$&'), 'u'),
    );
    await expect(page.getByTestId('error')).toHaveCount(0);
  });
});
