import { expect, test } from '@playwright/test';
import { freePort, startHost, type StartedHost } from './support/host';
import { launchProfile, newProfileDir, Workbench } from './support/workbench';

let host: StartedHost;
test.beforeEach(async () => {
  host = await startHost(await freePort());
});
test.afterEach(async () => {
  await host.stop();
});

test('a first run lands in the seeded demo store and every area shows real data', async () => {
  const context = await launchProfile(newProfileDir());
  const workbench = new Workbench(await context.newPage());
  const { page } = workbench;
  await workbench.open(host.url);

  await expect(page.getByTestId('nav-store-name')).toHaveText('邻里优选·阳光花园店');
  await expect(page.getByTestId('page-orders').getByRole('heading', { level: 1 })).toHaveText('订单');
  await expect(page.getByTestId('orders-table').locator('tbody tr').first()).toBeVisible();
  await expect(page.getByTestId('status-ready').locator('b')).toHaveText(/^[1-9]\d*$/);

  await page.getByTestId('status-ready').click();
  const badges = page.getByTestId('orders-table').locator('tbody .badge');
  await expect(badges.filter({ hasNotText: '待取货' })).toHaveCount(0);
  await expect(badges.first()).toHaveText('待取货');

  await workbench.goTo('members');
  await expect(page.getByTestId('members-total')).toHaveText('共 200 位会员');
  await expect(page.getByTestId('groups').locator('.tile')).toHaveCount(4);
  await expect(page.getByTestId('members-table').locator('tbody tr')).toHaveCount(200);

  await workbench.goTo('campaigns');
  await expect(page.getByTestId('campaigns').locator('.tile')).toHaveCount(2);
  await expect(page.getByTestId('campaigns')).toContainText('周末生鲜团');
  await expect(page.getByTestId('products-table').locator('tbody tr')).toHaveCount(40);

  await workbench.goTo('live');
  await expect(page.getByTestId('live-sessions').locator('.tile')).toHaveCount(1);
  await expect(page.getByTestId('live-sessions')).toContainText('40 条评论');

  await workbench.goTo('copilot');
  await expect(page.getByTestId('comments').locator('li')).toHaveCount(40);

  await workbench.goTo('courses');
  await expect(page.getByTestId('page-courses')).toContainText('还没有安装课程');

  await workbench.goTo('insights');
  await expect(page.getByTestId('stat-members')).toContainText('200');
  await expect(page.getByTestId('stat-orders')).not.toContainText('…');

  await workbench.goTo('settings');
  await expect(page.getByTestId('store-name')).toHaveText('邻里优选·阳光花园店');
  await expect(page.getByTestId('page-settings')).toContainText('浏览器模式');

  await expect(workbench.statusOf('host')).toContainText('已连接');
  await expect(workbench.statusOf('sync')).toContainText('未开启');
  await expect(workbench.statusOf('obs')).toContainText('OBS');
  expect(workbench.cspViolations).toEqual([]);
  await context.close();
});

test('the language switch persists across a reload and a browser restart', async () => {
  const profile = newProfileDir();
  let context = await launchProfile(profile);
  let workbench = new Workbench(await context.newPage());
  await workbench.open(host.url);
  await expect(workbench.navLink('orders')).toContainText('订单');

  await workbench.chooseLanguage('en');
  await expect(workbench.navLink('orders')).toContainText('Orders');
  await expect(workbench.page.locator('html')).toHaveAttribute('lang', 'en');

  await workbench.page.reload();
  await expect(workbench.page.locator('[data-ready="true"]')).toBeVisible();
  await expect(workbench.navLink('members')).toContainText('Members & groups');
  await expect(workbench.page.getByTestId('page-settings')).toContainText('Browser mode');
  await context.close();

  context = await launchProfile(profile);
  workbench = new Workbench(await context.newPage());
  await workbench.open(host.url);
  await expect(workbench.navLink('insights')).toContainText('Insights');
  await workbench.goTo('members');
  await expect(workbench.page.getByTestId('members-total')).toHaveText('200 members in all');

  await workbench.chooseLanguage('zh-CN');
  await expect(workbench.navLink('orders')).toContainText('订单');
  await context.close();
});
