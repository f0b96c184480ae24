import { expect, test } from '@playwright/test';
import { freePort, startHost } from './support/host';
import { launchProfile, newProfileDir, Workbench } from './support/workbench';

test('the owner’s data survives a browser restart and a demo reset restores the demo store', async () => {
  const host = await startHost(await freePort());
  const profile = newProfileDir();
  try {
    let context = await launchProfile(profile);
    let workbench = new Workbench(await context.newPage());
    await workbench.open(host.url);
    await workbench.goTo('orders');
    await expect(workbench.page.getByTestId('status-ready').locator('b')).toHaveText(/^\d+$/);
    const readyBefore = await workbench.page.getByTestId('status-ready').locator('b').innerText();

    await context.close();
    context = await launchProfile(profile);
    workbench = new Workbench(await context.newPage());
    await workbench.open(host.url);
    await expect(workbench.page.getByTestId('status-ready').locator('b')).toHaveText(readyBefore);

    await workbench.goTo('settings');
    workbench.page.once('dialog', (dialog) => void dialog.accept());
    await workbench.page.getByTestId('reset-demo').click();
    await expect(workbench.page.getByTestId('settings-notice')).toHaveText('演示数据已重置');
    await workbench.goTo('members');
    await expect(workbench.page.getByTestId('members-total')).toHaveText('共 200 位会员');
    await context.close();
  } finally {
    await host.stop();
  }
});

test('with the host gone the owner keeps working on local data, and the status bar says so', async () => {
  const port = await freePort();
  const host = await startHost(port);
  const context = await launchProfile(newProfileDir());
  try {
    const workbench = new Workbench(await context.newPage());
    await workbench.open(host.url);
    await expect(workbench.statusOf('host')).toContainText('已连接');
    await host.stop();
    await expect(workbench.statusOf('host')).toContainText('重新连接中');
    await workbench.goTo('members');
    await expect(workbench.page.getByTestId('members-total')).toHaveText('共 200 位会员');
  } finally {
    await context.close();
    await host.stop();
  }
});

test('a page opened without the launch token is refused by the host but keeps its local data', async () => {
  const host = await startHost(await freePort());
  const context = await launchProfile(newProfileDir());
  try {
    const workbench = new Workbench(await context.newPage());
    await workbench.open(host.origin);
    await expect(workbench.page.getByTestId('unauthorized')).toContainText('无法连接本机服务');
    await expect(workbench.statusOf('host')).toContainText('未授权');
    await expect(workbench.page.getByTestId('orders-table').locator('tbody tr').first()).toBeVisible();
  } finally {
    await context.close();
    await host.stop();
  }
});
