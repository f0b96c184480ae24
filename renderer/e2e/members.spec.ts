import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { freePort, startHost, type StartedHost } from './support/host';
import { launchProfile, newProfileDir, Workbench } from './support/workbench';

let host: StartedHost;
let context: BrowserContext;
let page: Page;

test.beforeEach(async () => {
  host = await startHost(await freePort());
  context = await launchProfile(newProfileDir());
  const workbench = new Workbench(await context.newPage());
  await workbench.open(host.url);
  await workbench.goTo('members');
  page = workbench.page;
});
test.afterEach(async () => {
  await context.close();
  await host.stop();
});

test('a member profile shows the trust badge with its numbers and takes a manual tag', async () => {
  await page.getByTestId('members-table').locator('tbody tr').first().click();
  const detail = page.getByTestId('member-detail');
  await expect(detail.getByTestId('member-trust')).toContainText(/单 · 近 6 个月/);
  await expect(detail.getByTestId('member-trust').locator('.badge')).toHaveText(
    /新客|回头客|忠实邻居|社区大使/,
  );
  await expect(detail.getByText(/正在分析发言/)).toBeHidden({ timeout: 30_000 });
  await detail.getByTestId('tag-input').fill('团长助手');
  await detail.getByTestId('tag-input').press('Enter');
  await expect(detail.getByTestId('member-tags')).toContainText('团长助手');
});

test('scene tags are inferred from what a member wrote, with the evidence, and can be adopted', async () => {
  await page.getByTestId('tag-dictionary').fill('宝宝辅食党: 宝宝, 米粉\n酱油控: 酱油');
  await page.getByTestId('save-dictionary').click();
  await expect(page.getByText('已保存')).toBeVisible();
  const commenters = ['李阿姨', '小王妈妈', '豆豆妈', '老周'];
  let adopted = false;
  for (const nickname of commenters) {
    const row = page.getByTestId('members-table').locator('tbody tr', { hasText: nickname }).first();
    if ((await row.count()) === 0) continue;
    await row.click();
    const detail = page.getByTestId('member-detail');
    await expect(detail.getByText(/正在分析发言/)).toBeHidden({ timeout: 30_000 });
    const inferred = detail.getByTestId('inferred-tags');
    if ((await inferred.count()) === 0) continue;
    await expect(inferred).toContainText('条发言提到');
    await expect(inferred.locator('li li').first()).toContainText('←');
    const adopt = inferred.locator('button').first();
    const tag = (await adopt.getAttribute('data-testid'))?.replace('adopt-', '') ?? '';
    await adopt.click();
    await expect(detail.getByTestId('member-tags')).toContainText(tag);
    adopted = true;
    break;
  }
  expect(adopted).toBe(true);
});

test('possible duplicates are listed with the reason and merging keeps every order', async () => {
  const groups = page.getByTestId('duplicate-group');
  await expect(page.getByTestId('members-total')).toHaveText('共 200 位会员');
  const samePhone = groups.filter({ hasText: '同一手机号' }).first();
  await expect(samePhone).toBeVisible();
  await expect(samePhone.locator('.tag')).toHaveCount(2);
  await samePhone.getByTestId('merge').click();
  await expect(page.getByTestId('merge-notice')).toContainText(/已合并，\d+ 个订单已转到/);
  await expect(page.getByTestId('members-total')).toHaveText('共 199 位会员');
  await expect(groups.filter({ hasText: '同一手机号' })).toHaveCount(0);
});

test('a pasted group roster links known members by phone or nickname and creates the new ones in the group', async () => {
  // A nickname only one member has (the demo's English nicknames carry a number), so matching is certain.
  const known = await page
    .getByTestId('members-table')
    .locator('tbody tr td:nth-child(2)', { hasText: /\d/ })
    .first()
    .innerText();
  await page.getByTestId('roster-group').selectOption({ label: '健身打卡互助群' });
  await page
    .getByTestId('roster-text')
    .fill(`昵称,手机\n1. ${known}\n群里新来的甲,13712345678\n群里新来的乙`);
  await page.getByTestId('roster-preview').click();
  await expect(page.getByTestId('roster-plan')).toContainText('已是会员 1 位，新会员 2 位');
  await page.getByTestId('roster-confirm').click();
  await expect(page.getByTestId('roster-done')).toContainText('已加入');
  await expect(page.getByTestId('members-total')).toHaveText('共 202 位会员');
  await expect(page.getByTestId('members-table')).toContainText('群里新来的甲');
});

test('a targeted broadcast draft counts its recipients, exports, and the daily cap holds after it is sent', async () => {
  await page.getByTestId('bc-groups').selectOption({ label: '阳光花园宝妈团' });
  await page.getByTestId('bc-product').selectOption({ label: '有机米粉(6月龄+)' });
  await expect(page.getByTestId('bc-audience')).toContainText('阳光花园宝妈团');
  await page.getByTestId('bc-draft').click();
  const count = page.getByTestId('bc-count');
  await expect(count).toContainText('人会收到');
  const first = Number(/^(\d+)/.exec(await count.innerText())?.[1] ?? '0');
  expect(first).toBeGreaterThan(0);
  await expect(page.getByTestId('bc-plan').locator('li').first()).toContainText('有机米粉');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('bc-export').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);

  await page.getByTestId('bc-sent').click();
  await expect(page.getByTestId('bc-notice')).toHaveText(`已记录发送给 ${first} 人`);
  await page.getByTestId('bc-draft').click();
  await expect(count).toContainText(`0 人会收到`);
  await expect(count).toContainText(`${first} 人今天已收到过`);
});

test('an in-store event fills up, waitlists, promotes the waitlist on cancel, and checks in by code once', async () => {
  const events = page.getByTestId('events');
  await events.getByTestId('event-title').fill('周末手冲咖啡体验');
  const start = new Date(Date.now() + 3 * 86_400_000 - new Date().getTimezoneOffset() * 60_000)
    .toISOString()
    .slice(0, 16);
  await events.getByTestId('event-start').fill(start);
  await events.getByTestId('event-capacity').fill('1');
  await events.getByTestId('event-create').click();
  await expect(events.getByTestId('event-notice')).toContainText('已新建活动');
  const eventId = await events
    .getByTestId('event-pick')
    .locator('option', { hasText: '周末手冲咖啡体验' })
    .getAttribute('value');
  await events.getByTestId('event-pick').selectOption(eventId ?? '');

  const pick = events.getByTestId('event-member');
  const [first, second] = await Promise.all(
    [1, 2].map((n) => pick.locator('option').nth(n).getAttribute('value')),
  );
  await pick.selectOption(first ?? '');
  await events.getByTestId('event-signup').click();
  await expect(events.getByTestId('event-notice')).toContainText('报名成功');
  await pick.selectOption(second ?? '');
  await events.getByTestId('event-signup').click();
  await expect(events.getByTestId('event-notice')).toContainText('进入候补');
  await expect(events.getByTestId('event-pass').locator('img')).toBeVisible();
  const pass = (await events.getByTestId('event-pass').getAttribute('data-payload')) ?? '';
  const code = /签到码 (\d{4} \d{4})/.exec(await events.getByTestId('event-notice').innerText())?.[1] ?? '';
  await expect(events.getByTestId('event-counts')).toContainText('已报名 1，候补 1');

  await events.getByTestId('event-code').fill(code);
  await events.getByTestId('event-code').press('Enter');
  await expect(events.getByTestId('error')).toHaveText('这位会员还在候补，不能签到。');

  await events.getByTestId('event-signups').locator('li', { hasText: '已报名' }).getByRole('button').click();
  await expect(events.getByTestId('event-notice')).toContainText('补上了名额');
  await expect(events.getByTestId('event-counts')).toContainText('已报名 1，候补 0');

  const altered = code.slice(0, 8) + String((Number(code[8]) + 1) % 10);
  await events.getByTestId('event-code').fill(altered);
  await events.getByTestId('event-code').press('Enter');
  await expect(events.getByTestId('error')).toContainText('签到码');
  await events.getByTestId('event-code').fill(pass);
  await events.getByTestId('event-code').press('Enter');
  await expect(events.getByTestId('event-notice')).toContainText('签到成功');
  await events.getByTestId('event-code').fill(code);
  await events.getByTestId('event-code').press('Enter');
  await expect(events.getByTestId('event-notice')).toContainText('已在');
});

test('the owner edits a profile: a bad phone is refused, the baby age is computed from the birth month', async () => {
  await page.getByTestId('members-table').locator('tbody tr').first().click();
  const detail = page.getByTestId('member-detail');
  await detail.getByTestId('edit-open').click();
  await detail.getByTestId('edit-phone').fill('12345');
  await detail.getByTestId('edit-save').click();
  await expect(detail.getByTestId('error')).toContainText('手机号不对');

  const born = new Date();
  born.setMonth(born.getMonth() - 8);
  const month = `${born.getFullYear()}-${String(born.getMonth() + 1).padStart(2, '0')}`;
  await detail.getByTestId('edit-phone').fill('139 0013 9000');
  await detail.getByTestId('edit-baby').fill(month);
  await detail.getByTestId('edit-building').fill('9栋');
  await detail.getByTestId('edit-save').click();
  await expect(detail.getByTestId('member-edit')).toBeHidden();
  await expect(detail.getByTestId('member-household')).toContainText('宝宝 8 个月');
  await expect(detail).toContainText('139****9000');
  await expect(detail).toContainText('9栋');
});

test('a pasted group chat feeds the scene tags of the members who wrote it', async () => {
  const nickname = await page
    .getByTestId('members-table')
    .locator('tbody tr td:nth-child(2)', { hasText: /\d/ })
    .nth(1)
    .innerText();
  const chat = [
    `${nickname} 09:30`,
    '家里的猫粮快吃完了，有团购吗',
    '[图片]',
    `${nickname} 10:05`,
    '铲屎官报到，猫粮再来两袋',
  ].join('\n');
  await page.getByTestId('chat-text').fill(chat);
  await page.getByTestId('chat-save').click();
  await expect(page.getByTestId('roster-done')).toHaveText('已保存 2 条群聊消息');
  await page.getByTestId('members-table').locator('tbody tr', { hasText: nickname }).first().click();
  const inferred = page.getByTestId('member-detail').getByTestId('inferred-tags');
  await expect(inferred).toContainText('宠物主人', { timeout: 30_000 });
  await expect(inferred).toContainText('猫粮');
});
