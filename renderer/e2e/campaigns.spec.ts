import { expect, test } from '@playwright/test';
import { OrdersPage } from './support/orders-page';
import { withWorkbench } from './support/session';

test('opening a group buy from selected products, refusing an incomplete one, and seeing its board', async () => {
  await withWorkbench('campaigns', async (workbench) => {
    const page = workbench.page;
    const form = page.getByTestId('new-campaign');

    await page.getByTestId('campaign-title').fill('冬至饺子团');
    await page.getByTestId('campaign-submit').click();
    await expect(form.getByTestId('error')).toHaveText('请至少选一个商品，每个商品只能选一次。');

    await form.locator('[data-product="LL-DL-FR"] input[type=checkbox]').check();
    await page.getByTestId('price-LL-DL-FR').fill('29.9');
    await page.getByTestId('per-person-LL-DL-FR').fill('3');
    await page.getByTestId('total-LL-DL-FR').fill('50');
    await form.locator('[data-product="LL-OL-1L"] input[type=checkbox]').check();
    await page.getByTestId('price-LL-OL-1L').fill('十块');
    await page.getByTestId('campaign-place').fill('阳光花园南门');
    await page.getByTestId('campaign-submit').click();
    await expect(form.getByTestId('error')).toContainText('团购价');

    await page.getByTestId('price-LL-OL-1L').fill('¥118');
    await page.getByTestId('campaign-groups').selectOption(['g-sunny-1', 'g-sunny-silver']);
    await page.getByTestId('campaign-submit').click();
    await expect(page.getByTestId('campaign-created')).toHaveText('已开团：冬至饺子团');

    const tile = page.locator('[data-testid=campaign-tile][data-campaign="冬至饺子团"]');
    await expect(tile).toContainText('进行中');
    await expect(tile).toContainText('剩 48 小时');
    await expect(tile).toContainText('速冻手工水饺1kg 已订 0，限量还剩 50');
    await expect(tile.getByTestId('campaign-sales')).toContainText('转化 0%');
    await expect(page.getByTestId('jielong-post')).toBeVisible();
  });
});

test('product suggestions rank the catalogue for this store and show why, with numbers', async () => {
  await withWorkbench('campaigns', async (workbench) => {
    const rows = workbench.page.getByTestId('selection-row');
    await expect(rows.first()).toBeVisible({ timeout: 30_000 });
    expect(await rows.count()).toBeGreaterThanOrEqual(10);
    await expect(rows.first().locator('.tag').first()).toHaveText(/\d/);
    const scores = (await rows.locator('td:nth-child(4)').allInnerTexts()).map(Number);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    await expect(workbench.page.getByTestId('selection-table')).toContainText('毛利');

    const price = workbench.page.getByTestId('own-price-LL-EG-030');
    await expect(workbench.page.getByTestId('margin-LL-EG-030')).toHaveText('29%');
    await price.fill('五十');
    await price.press('Enter');
    await expect(price).toHaveAttribute('aria-invalid', 'true');
    await price.fill('50');
    await price.press('Enter');
    await expect(workbench.page.getByTestId('margin-LL-EG-030')).toHaveText('36%');
  });
});

test('a bundle of goods and services gets its own price, refuses selling above its parts, and can be ordered', async () => {
  await withWorkbench('campaigns', async (workbench) => {
    const page = workbench.page;
    const form = page.getByTestId('bundle-form');
    await page.getByTestId('bundle-name').fill('辅食方案');
    await page.getByTestId('bundle-part-0').selectOption({ label: '有机米粉(6月龄+)' });
    await page.getByTestId('bundle-add').click();
    await page.getByTestId('bundle-part-1').selectOption({ label: '营养师一对一答疑' });
    await page.getByTestId('bundle-add').click();
    await page.getByTestId('bundle-part-2').selectOption({ label: '辅食直播课' });
    await page.getByTestId('bundle-price').fill('200');
    await expect(page.getByTestId('bundle-summary')).toContainText('单买合计 ¥137.90');
    await page.getByTestId('bundle-save').click();
    await expect(form.getByTestId('bundle-message')).toHaveText('套餐价不能高于单买合计。');
    await page.getByTestId('bundle-price').fill('119');
    await page.getByTestId('bundle-save').click();
    await expect(form.getByTestId('bundle-message')).toHaveText('已保存套餐：辅食方案');
    await expect(page.getByTestId('products-table')).toContainText('辅食方案');

    const orders = new OrdersPage(page);
    const { no } = await orders.takeWalkInOrder([{ product: '辅食方案', qty: 1 }], 'wechat');
    expect(no).toMatch(/^LL\d{6}-\d{4}$/);
  });
});
