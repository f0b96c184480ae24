import { expect, test, type BrowserContext } from '@playwright/test';
import { readFileSync } from 'node:fs';
import readXlsxFile from 'read-excel-file/universal';
import { freePort, startHost, type StartedHost } from './support/host';
import { OrdersPage } from './support/orders-page';
import { launchProfile, newProfileDir, Workbench } from './support/workbench';

let host: StartedHost;
let context: BrowserContext;
let orders: OrdersPage;

test.beforeEach(async () => {
  host = await startHost(await freePort());
  context = await launchProfile(newProfileDir());
  const workbench = new Workbench(await context.newPage());
  await workbench.open(host.url);
  orders = new OrdersPage(workbench.page);
});
test.afterEach(async () => {
  await context.close();
  await host.stop();
});

test('the pick list exports to an Excel file whose sheets match the screen, and prints as a PDF', async () => {
  await orders.tab('picklists');
  await orders.page.getByTestId('picklist-campaign').selectOption({ label: '周末生鲜团 · 土鸡蛋+蔬菜箱' });
  const rows = orders.page.getByTestId('pick-by-product').locator('tr');
  await expect(rows.first()).toBeVisible();
  const onScreen = await rows.evaluateAll((trs) =>
    trs.map((tr) => [
      tr.children[0]?.textContent ?? '',
      Number.parseInt(tr.children[1]?.textContent ?? '', 10),
    ]),
  );

  const [download] = await Promise.all([
    orders.page.waitForEvent('download'),
    orders.page.getByTestId('export-xlsx').click(),
  ]);
  expect(download.suggestedFilename()).toBe('周末生鲜团 · 土鸡蛋+蔬菜箱.xlsx');
  const path = await download.path();
  const sheets = await readXlsxFile(new Uint8Array(readFileSync(path)).buffer);
  expect(sheets.map((sheet) => sheet.sheet)).toEqual(['按商品拣货', '按顾客分袋', '送货单']);
  const byProduct = sheets[0]?.data ?? [];
  expect(byProduct[0]?.slice(0, 2)).toEqual(['商品', '数量']);
  expect(byProduct.slice(1).map((row) => [row[0], row[1]])).toEqual(onScreen);
  expect((sheets[1]?.data.length ?? 0) - 1).toBe(
    await orders.page.getByTestId('pick-by-neighbour').locator('tr').count(),
  );

  await orders.page.emulateMedia({ media: 'print' });
  await expect(orders.page.locator('.nav')).toBeHidden();
  const pdf = await orders.page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(10_000);
});

test('importing a file with bad rows shows a per-row report and writes only the rows the owner confirms', async () => {
  const csv = [
    '昵称,手机,商品,数量',
    '导入测试甲,13800138000,散养土鸡蛋30枚,2',
    '导入测试乙,139-0013-9000,零添加酱油500ml,三',
    '导入测试丙,12345,鲜牛奶950ml,1',
    '导入测试丁,13700137000,不存在的商品,1',
    '导入测试甲,13800138000,散养土鸡蛋30枚,2',
    '导入测试戊,,五常大米5kg,0',
  ].join('\n');
  await orders.tab('import');
  await orders.page
    .getByTestId('import-file')
    .setInputFiles({ name: '快团团导出.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(orders.page.getByTestId('import-summary')).toHaveText('共 6 行：2 行可导入，4 行有问题');
  const problems = orders.page.getByTestId('import-errors').locator('tbody tr');
  await expect(problems).toHaveCount(4);
  await expect(problems.nth(0)).toContainText('4');
  await expect(problems.nth(0)).toContainText('手机号不对');
  await expect(problems.nth(1)).toContainText('找不到商品');
  await expect(problems.nth(2)).toContainText('重复行');
  await expect(problems.nth(3)).toContainText('数量不对');

  await orders.tab('list');
  await orders.page.getByTestId('order-search').fill('导入测试');
  await orders.page.getByTestId('order-search').press('Enter');
  await expect(orders.page.getByTestId('search-count')).toHaveText('搜索结果 0 条');

  await orders.tab('import');
  await orders.page
    .getByTestId('import-file')
    .setInputFiles({ name: '快团团导出.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await orders.page.getByTestId('import-confirm').click();
  await expect(orders.page.getByTestId('import-done')).toContainText('导入完成：2 个订单');

  await orders.tab('list');
  await orders.page.getByTestId('order-search').fill('导入测试');
  await orders.page.getByTestId('order-search').press('Enter');
  await expect(orders.page.getByTestId('search-count')).toHaveText('搜索结果 2 条');
  await expect(orders.page.getByTestId('orders-table')).toContainText('零添加酱油500ml×3');
});

test('a file that is not a table, or lacks the needed columns, is refused with the reason', async () => {
  await orders.tab('import');
  const input = orders.page.getByTestId('import-file');
  await input.setInputFiles({
    name: '照片.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4 not a table'),
  });
  await expect(orders.page.getByTestId('error')).toHaveText(
    '文件无法导入：请另存为 Excel（.xlsx）或 CSV 后再试。',
  );
  await input.setInputFiles({
    name: '名单.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('姓名,地址\n李阿姨,5栋'),
  });
  await expect(orders.page.getByTestId('error')).toContainText('文件缺少必需的列');
});

test('a 50k-row file gets its per-row report without freezing the screen, and nothing is written', async () => {
  const rows = Array.from({ length: 50_000 }, (_, i) =>
    i % 1000 === 7 ? `大单${i},1380013,鲜牛奶950ml,1` : `大单${i},,鲜牛奶950ml,${(i % 3) + 1}`,
  );
  await orders.tab('import');
  await orders.page.getByTestId('import-file').setInputFiles({
    name: 'big.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(['昵称,手机,商品,数量', ...rows].join('\n')),
  });
  const began = Date.now();
  let frames = 0;
  while (!(await orders.page.getByTestId('import-summary').isVisible())) {
    // The page keeps painting while the worker parses: a frozen main thread would stall this.
    await orders.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    frames += 1;
    expect(Date.now() - began).toBeLessThan(60_000);
  }
  expect(frames).toBeGreaterThan(0);
  await expect(orders.page.getByTestId('import-summary')).toHaveText(
    '共 50000 行：49950 行可导入，50 行有问题',
  );
  await expect(orders.page.getByTestId('import-errors').locator('tbody tr')).toHaveCount(50);
  await orders.tab('list');
  await orders.page.getByTestId('order-search').fill('大单1');
  await orders.page.getByTestId('order-search').press('Enter');
  await expect(orders.page.getByTestId('search-count')).toHaveText('搜索结果 0 条');
});

test('the counter search finds orders by phone tail, nickname and product', async () => {
  await orders.tab('new');
  await orders.page.getByTestId('member-query').fill('阿姨');
  const option = orders.page.getByTestId('member-pick').locator('option', { hasText: '****' }).first();
  await expect(option).toBeAttached();
  const label = await option.innerText();
  await orders.page.getByTestId('member-pick').selectOption({ label });
  await orders.page.getByTestId('line-product-0').selectOption({ label: '土蜂蜜500g' });
  await orders.page.getByTestId('submit-order').click();
  const created = await orders.page.getByTestId('order-created').innerText();
  const orderNo = /LL\d{6}-\d{4}/.exec(created)?.[0] ?? '';
  const tail = /\*{4}(\d{4})/.exec(label)?.[1] ?? '';
  await orders.tab('list');
  await orders.page.getByTestId('order-search').fill(tail);
  await orders.page.getByTestId('order-search').press('Enter');
  await expect(
    orders.page.getByTestId('orders-table').locator(`tr[data-order-no="${orderNo}"]`),
  ).toBeVisible();

  await orders.page.getByTestId('order-search').fill('散养土鸡蛋');
  await orders.page.getByTestId('order-search').press('Enter');
  await expect(orders.page.getByTestId('orders-table').locator('tbody tr').first()).toContainText(
    '散养土鸡蛋30枚',
  );
  const member = await orders.page.getByTestId('orders-table').locator('tbody tr td').nth(1).innerText();
  await orders.page.getByTestId('order-search').fill(member);
  await orders.page.getByTestId('order-search').press('Enter');
  await expect(orders.page.getByTestId('orders-table').locator('tbody tr').first()).toContainText(member);
});
