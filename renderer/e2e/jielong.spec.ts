import { expect, test } from '@playwright/test';
import { OrdersPage } from './support/orders-page';
import { pasteInto } from './support/paste';
import { withWorkbench } from './support/session';

test('post a 接龙, paste back the group chat, check the reading and turn it into orders', async () => {
  await withWorkbench('campaigns', async (workbench) => {
    const page = workbench.page;
    await expect(page.getByTestId('jielong-post')).toHaveValue(/#接龙/);
    const post = await page.getByTestId('jielong-post').inputValue();
    expect(post).toContain('#接龙');
    expect(post).toContain('周末生鲜团');
    expect(post).toMatch(/1号 散养土鸡蛋30枚/);

    const chat = [
      post.trim(),
      '1. 欧阳阿姨 1号×2',
      '2. 司马妈妈 有机蔬菜箱两份 3号一份',
      '[图片]',
      '好的收到',
      '3. 诸葛大爷 5号 x1',
      '诸葛大爷 不要了',
      '4. 上官姐 火星特产×3',
    ].join('\n');
    await page.getByTestId('jielong-chat').fill(chat);
    await page.getByTestId('jielong-read').click();
    await expect(page.getByTestId('jielong-summary')).toContainText('2 位邻居下单');
    const rows = page.getByTestId('jielong-row');
    await expect(rows).toHaveCount(2);
    await expect(rows.filter({ hasText: '欧阳阿姨' })).toContainText('散养土鸡蛋30枚×2');
    await expect(rows.filter({ hasText: '司马妈妈' })).toContainText('有机蔬菜箱×2');
    await expect(rows.first()).toContainText('新会员');
    await expect(page.getByTestId('jielong-unmatched')).toContainText('火星特产');

    await page.getByTestId('jielong-confirm').click();
    await expect(page.getByTestId('jielong-done')).toContainText('已生成 2 个订单');

    const orders = new OrdersPage(page);
    await orders.tab('list');
    for (const name of ['欧阳阿姨', '司马妈妈']) {
      await page.getByTestId('order-search').fill(name);
      await page.getByTestId('order-search').press('Enter');
      await expect(page.getByTestId('search-count')).toHaveText('搜索结果 1 条');
    }
    await page.getByTestId('order-search').fill('诸葛大爷');
    await page.getByTestId('order-search').press('Enter');
    await expect(page.getByTestId('search-count')).toHaveText('搜索结果 0 条');
    await workbench.goTo('members');
    await expect(page.getByTestId('members-total')).toHaveText('共 202 位会员');
  });
});

test('garbage and a 10k-line paste get a clear reading within seconds', async () => {
  await withWorkbench('campaigns', async (workbench) => {
    const page = workbench.page;
    const junk = Array.from({ length: 10_000 }, (_, i) =>
      i % 100 === 3
        ? '长'.repeat(5000)
        : ['asdf qwer', '🙂🙂🙂🔥', 'hello world 12', '好的 收到', `${i}. 路人${i} 1号×1`][i % 5],
    ).join('\n');
    await pasteInto(page.getByTestId('jielong-chat'), junk);
    const began = Date.now();
    await page.getByTestId('jielong-read').click();
    await expect(page.getByTestId('jielong-summary')).toContainText('10000 行：2000 位邻居下单');
    expect(Date.now() - began).toBeLessThan(10_000);
    await expect(page.getByTestId('jielong-unmatched').locator('li').first()).toContainText('不是接龙内容');
    await expect(page.getByTestId('jielong-row')).toHaveCount(2000);
  });
});
