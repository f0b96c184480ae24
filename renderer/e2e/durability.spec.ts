import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { freePort, startHost } from './support/host';
import { OrdersPage } from './support/orders-page';
import { launchProfile, newProfileDir, Workbench } from './support/workbench';

const burst = 500;

/** Every Chromium process of this profile, killed the hard way: no unload handlers, no flush. */
function killBrowser(profileDir: string): void {
  try {
    execFileSync('pkill', ['-KILL', '-f', `--user-data-dir=${profileDir}`]);
  } catch {
    // pkill exits 1 when nothing matched: the browser is already gone
  }
}

async function confirmedCount(orders: OrdersPage): Promise<number> {
  await orders.tab('list');
  const count = orders.page.getByTestId('status-confirmed').locator('b');
  await expect(count).toHaveText(/^\d+$/);
  return Number(await count.innerText());
}

test('orders acknowledged on screen survive the browser being killed mid-burst, none half-written', async () => {
  const host = await startHost(await freePort());
  const profile = newProfileDir();
  try {
    let context = await launchProfile(profile);
    let orders = new OrdersPage(await context.newPage());
    const workbench = new Workbench(orders.page);
    await workbench.open(host.url);
    const before = await confirmedCount(orders);

    const rows = Array.from(
      { length: burst },
      (_, i) => `压测邻居${i},1${String(3_000_000_000 + i * 7919).slice(0, 10)},有机蔬菜箱,1`,
    );
    const csv = ['昵称,手机,商品,数量', ...rows].join('\n');
    await orders.tab('stock');
    await orders.page.getByTestId('stock-product').selectOption({ label: '有机蔬菜箱' });
    await orders.page.getByTestId('stock-qty').fill(String(burst));
    await orders.page.getByTestId('stock-save').click();
    await orders.tab('import');
    await orders.page
      .getByTestId('import-file')
      .setInputFiles({ name: 'burst.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect(orders.page.getByTestId('import-summary')).toContainText(`${burst} 行可导入`);
    await orders.page.getByTestId('import-confirm').click();
    const progress = orders.page.getByTestId('import-progress');
    await expect(progress).toHaveAttribute('data-saved', /^(1[0-9]{2}|[2-4][0-9]{2})$/, { timeout: 60_000 });
    const acknowledged = Number(await progress.getAttribute('data-saved'));
    killBrowser(profile);
    await context.close().catch(() => undefined);

    context = await launchProfile(profile);
    orders = new OrdersPage(await context.newPage());
    await new Workbench(orders.page).open(host.url);
    const survived = (await confirmedCount(orders)) - before;
    expect(survived).toBeGreaterThanOrEqual(acknowledged);
    expect(survived).toBeLessThanOrEqual(burst);

    await orders.page.getByTestId('order-search').fill('压测邻居');
    await orders.page.getByTestId('order-search').press('Enter');
    const shown = orders.page.getByTestId('orders-table').locator('tbody tr');
    await expect(shown.first()).toBeVisible();
    for (const row of await shown.all()) {
      await expect(row).toContainText('有机蔬菜箱×1');
      await expect(row).toContainText('¥59.00');
    }
    await context.close();
  } finally {
    await host.stop();
  }
});
