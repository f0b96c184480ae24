import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { withWorkbench } from './support/session';

/** The OBS that scripts/obs-ci.sh runs for the test suites (npm test starts it), or null. */
function runningObs(): { port: string; password: string } | null {
  try {
    const env = execFileSync('bash', ['scripts/obs-ci.sh', 'env'], { encoding: 'utf8' });
    const value = (name: string) => new RegExp(`^${name}=(.*)$`, 'm').exec(env)?.[1] ?? '';
    return { port: new URL(value('LINLI_OBS_URL')).port, password: value('LINLI_OBS_PASSWORD') };
  } catch {
    return null;
  }
}

const obs = runningObs();

test('connecting to OBS, going live with a product and moving on with the clicker key', async () => {
  test.skip(!obs, 'no OBS running: start one with scripts/obs-ci.sh start');
  await withWorkbench('live', async (workbench) => {
    const page = workbench.page;
    await expect(page.getByTestId('status-obs')).toHaveText('OBS：未配置');

    await page.getByTestId('obs-host').fill('127.0.0.1');
    await page.getByTestId('obs-port').fill(obs!.port);
    await page.getByTestId('obs-password').fill('wrong-password');
    await page.getByTestId('obs-connect').click();
    await expect(page.getByTestId('obs-state')).toHaveAttribute('data-state', 'failed');
    await expect(page.getByTestId('obs-error')).toContainText('OBS 拒绝了密码');

    await page.getByTestId('obs-password').fill(obs!.password);
    await page.getByTestId('obs-connect').click();
    await expect(page.getByTestId('obs-state')).toHaveAttribute('data-state', 'connected');
    await expect(page.getByTestId('status-obs')).toHaveText('OBS：已连接');
    await expect(page.getByTestId('obs-password')).toHaveValue('');

    await page.getByTestId('rundown-title').fill('周五晚 土鸡蛋专场');
    await page.getByTestId('rundown-product-0').selectOption({ index: 1 });
    await page.getByTestId('rundown-minutes-0').fill('2');
    await page.getByTestId('rundown-add').click();
    await page.getByTestId('rundown-product-1').selectOption({ index: 2 });
    await page.getByTestId('rundown-create').click();

    const first = await page.getByTestId('rundown-product-0').locator('option').nth(1).textContent();
    await page.getByTestId('show-start').click();
    await expect(page.getByTestId('show-current')).toHaveText(first ?? '');
    await expect(page.getByTestId('show-segment')).toHaveAttribute('data-state', 'under');
    await expect(page.getByTestId('show-obs-warning')).toHaveCount(0);
    await expect(page.getByTestId('obs-scenes').getByRole('button', { name: 'Linli 直播' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    await page.getByTestId('page-live').locator('h1').click();
    await page.keyboard.press('PageDown');
    await expect(page.getByTestId('show-current')).not.toHaveText(first ?? '');
    await expect(page.getByTestId('show-rundown').locator('li.done')).toHaveCount(1);

    await page.getByTestId('show-end').click();
    await expect(page.getByTestId('live-sessions')).toContainText('已结束');
  });
});
