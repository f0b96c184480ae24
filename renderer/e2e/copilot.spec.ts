import { expect, test } from '@playwright/test';
import { OrdersPage } from './support/orders-page';
import { withWorkbench } from './support/session';

test('a rehearsal audience fills the copilot and a draft becomes a real order', async () => {
  await withWorkbench('live', async (workbench) => {
    const page = workbench.page;
    await page.getByTestId('rundown-title').fill('周六 彩排');
    await page.getByTestId('rundown-product-0').selectOption({ index: 1 });
    await page.getByTestId('rundown-add').click();
    await page.getByTestId('rundown-product-1').selectOption({ index: 2 });
    await page.getByTestId('rundown-create').click();
    await expect(page.getByTestId('live-sessions').locator('.tile')).toHaveCount(2);

    await workbench.goTo('copilot');
    await page.getByTestId('rehearsal-speed').selectOption('8');
    await page.getByTestId('rehearsal-start').click();
    await expect(page.getByTestId('rehearsal-state')).toHaveAttribute('data-state', 'playing');
    await expect(page.getByTestId('comments').locator('li').first()).toBeVisible();
    const draft = page.getByTestId('draft').first();
    await expect(draft).toBeVisible({ timeout: 30_000 });

    // The bundled audience lasts about 15 s at 8×; once it is done the drafts stop changing under the test.
    await expect(page.getByTestId('rehearsal-state')).toHaveAttribute('data-state', 'finished', {
      timeout: 40_000,
    });
    const drafts = page.getByTestId('draft');
    const before = await drafts.count();
    const nickname = (await drafts.first().getByTestId('draft-nickname').textContent()) ?? '';
    await drafts.first().getByTestId('draft-confirm').click();
    await expect(drafts).toHaveCount(before - 1);
    await expect(page.getByTestId('error')).toHaveCount(0);

    const orders = new OrdersPage(page);
    await orders.tab('list');
    await page.getByTestId('order-search').fill(nickname);
    await page.getByTestId('order-search').press('Enter');
    await expect(page.getByTestId('orders-table')).toContainText(nickname);
  });
});
