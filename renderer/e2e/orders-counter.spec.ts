import { expect, test, type BrowserContext } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startHost, type StartedHost } from './support/host';
import { OrdersPage } from './support/orders-page';
import { writeQrVideo } from './support/qr-video';
import { launchProfile, newProfileDir, Workbench } from './support/workbench';

let host: StartedHost;
let context: BrowserContext;
let orders: OrdersPage;

const profileDirs = new WeakMap<BrowserContext, string>();

test.beforeEach(async () => {
  host = await startHost(await freePort());
  const profile = newProfileDir();
  context = await launchProfile(profile);
  profileDirs.set(context, profile);
  const workbench = new Workbench(await context.newPage());
  await workbench.open(host.url);
  orders = new OrdersPage(workbench.page);
});
test.afterEach(async () => {
  await context.close();
  await host.stop();
});

async function stockOf(sku: string): Promise<number> {
  await orders.tab('stock');
  await expect(orders.page.getByTestId('stock-table')).toBeVisible();
  return Number.parseInt(await orders.availableOf(sku).innerText(), 10);
}

test('walk-in order → paid → ready → scanned at the desk → picked up, and a second scan never counts twice', async () => {
  const eggsBefore = await stockOf('LL-EG-030');
  const { code } = await orders.takeWalkInOrder([{ product: '散养土鸡蛋30枚', qty: 2 }], 'cash');
  expect(await stockOf('LL-EG-030')).toBe(eggsBefore - 2);

  await orders.openOrder(code);
  await expect(orders.detailStatus()).toHaveText('已付款');
  await orders.act('markReady', (page) => page.getByTestId('action-text').fill('B-7'));
  await expect(orders.detailStatus()).toHaveText('待取货');
  const qrPayload = await orders.page.getByTestId('pickup-qr').getAttribute('data-payload');

  await orders.tab('desk');
  await orders.scan(qrPayload ?? '');
  await expect(orders.page.getByTestId('desk-ready')).toContainText('1 单待取');
  await orders.page.getByTestId('hand-over').click();
  await expect(orders.page.getByTestId('desk-message')).toHaveText('已取货 1 单');

  await orders.scan(code);
  await expect(orders.page.getByTestId('desk-already')).toContainText('这单已经取过了');
  await expect(orders.page.getByTestId('desk-already')).toContainText('店长');
  expect(await stockOf('LL-EG-030')).toBe(eggsBefore - 2);

  await orders.openOrder(code);
  await expect(orders.detailStatus()).toHaveText('已取货');
  await expect(orders.page.getByTestId('order-history')).toContainText('取货');
});

test('undo at the desk puts the order back on the shelf', async () => {
  const { code } = await orders.takeWalkInOrder([{ product: '零添加酱油500ml', qty: 1 }], 'wechat');
  await orders.openOrder(code);
  await orders.act('markReady', (page) => page.getByTestId('action-text').fill('A-1'));
  await orders.tab('desk');
  await orders.scan(code.replace(' ', ''));
  await orders.page.getByTestId('hand-over').click();
  await orders.page.getByTestId('undo-pickup').click();
  await expect(orders.page.getByTestId('desk-message')).toHaveText('已撤销，订单回到待取货');
  await orders.scan(code);
  await expect(orders.page.getByTestId('desk-ready')).toBeVisible();
});

test('a forged or altered pickup code is refused with the reason', async () => {
  const { code } = await orders.takeWalkInOrder([{ product: '鲜牛奶950ml', qty: 1 }], 'wechat');
  await orders.tab('desk');
  const digits = code.replace(' ', '');
  const altered = digits.slice(0, 9) + String((Number(digits[9]) + 1) % 10);
  await orders.scan(altered);
  await expect(orders.page.getByTestId('error')).toContainText('取货码无效');
  await orders.scan('LL1.other-store.o-1.AAAAAAAAAAAAAAAA');
  await expect(orders.page.getByTestId('error')).toContainText('其他门店（other-store）');
});

test('an illegal step is refused with a clear message and nothing changes', async () => {
  const { code } = await orders.takeWalkInOrder([{ product: '五常大米5kg', qty: 1 }], '');
  await orders.openOrder(code);
  await expect(orders.detailStatus()).toHaveText('已确认');
  await expect(orders.page.getByTestId('action-pickUp')).toHaveCount(0);
  await orders.tab('desk');
  await orders.scan(code);
  await expect(orders.page.getByTestId('desk-not-ready')).toContainText('已确认');
});

test('安心承诺: one-click refund with a reason returns the goods to stock and keeps a refund record', async () => {
  const before = await stockOf('LL-FR-CH');
  const { code } = await orders.takeWalkInOrder([{ product: '赣南脐橙5斤', qty: 3 }], 'alipay');
  await orders.openOrder(code);
  await orders.act('refund', async (page) => {
    await page.getByTestId('refund-reason').selectOption('ingredients');
    await expect(page.getByTestId('refund-restock')).toBeChecked();
  });
  await expect(orders.detailStatus()).toHaveText('已退款');
  await expect(orders.page.getByTestId('refund-record')).toContainText('对成分有疑虑');
  await expect(orders.page.getByTestId('refund-record')).toContainText('已回库');
  expect(await stockOf('LL-FR-CH')).toBe(before);
});

test('overselling is refused with the stock left', async () => {
  const available = await stockOf('LL-NF-800');
  await orders.tab('new');
  await orders.page.getByTestId('line-product-0').selectOption({ label: '低敏奶粉800g' });
  await orders.page.getByTestId('line-qty-0').fill(String(available + 1));
  await orders.page.getByTestId('submit-order').click();
  await expect(orders.page.getByTestId('error')).toContainText(`库存不够：还剩 ${available}`);
  expect(await stockOf('LL-NF-800')).toBe(available);
});

test('a partial pickup keeps the order waiting for the rest, then completes it', async () => {
  const { code } = await orders.takeWalkInOrder(
    [
      { product: '散养土鸡蛋30枚', qty: 2 },
      { product: '鲜牛奶950ml', qty: 1 },
    ],
    'wechat',
  );
  await orders.openOrder(code);
  await orders.act('markReady', (page) => page.getByTestId('action-text').fill('C-2'));
  await orders.act('pickUp', async (page) => {
    await page.getByTestId('pick-p-LL-EG-030').fill('1');
    await page.getByTestId('pick-p-LL-MK-950').fill('0');
  });
  await expect(orders.page.getByTestId('order-detail')).toContainText('1/2 箱');
  await expect(orders.detailStatus()).toHaveText('待取货');
  await orders.act('pickUp', async (page) => {
    await expect(page.getByTestId('pick-p-LL-EG-030')).toHaveValue('1');
    await expect(page.getByTestId('pick-p-LL-MK-950')).toHaveValue('1');
  });
  await expect(orders.detailStatus()).toHaveText('已取货');
});

test('the desk reads a pickup QR from the camera', async () => {
  const { code } = await orders.takeWalkInOrder([{ product: '土蜂蜜500g', qty: 1 }], 'cash');
  await orders.openOrder(code);
  await orders.act('markReady', (page) => page.getByTestId('action-text').fill('D-4'));
  const payload = (await orders.page.getByTestId('pickup-qr').getAttribute('data-payload')) ?? '';
  const profile = orders.page.context();
  const dir = mkdtempSync(join(tmpdir(), 'linli-camera-'));
  writeQrVideo(join(dir, 'qr.y4m'), payload);
  const userDataDir = profileDirs.get(profile) ?? '';
  await context.close();

  context = await launchProfile(userDataDir, [
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
    `--use-file-for-fake-video-capture=${join(dir, 'qr.y4m')}`,
  ]);
  const workbench = new Workbench(await context.newPage());
  await workbench.open(host.url);
  orders = new OrdersPage(workbench.page);
  await orders.tab('desk');
  await orders.page.getByTestId('camera-toggle').click();
  await expect(orders.page.getByTestId('desk-ready')).toContainText('1 单待取', { timeout: 20_000 });
  await expect(orders.page.getByTestId('camera-view')).toHaveCount(0);
});
