import { expect, type Page } from '@playwright/test';

/** Page object for the order book: the counter's tabs and the order detail panel. */
export class OrdersPage {
  constructor(readonly page: Page) {}

  async tab(name: 'list' | 'new' | 'desk' | 'stock' | 'picklists' | 'import'): Promise<void> {
    await this.page.getByTestId('nav-orders').click();
    await this.page.getByTestId(`tab-${name}`).click();
  }

  /** Takes a walk-in order and returns its order number and pickup code as shown to the owner. */
  async takeWalkInOrder(
    lines: { product: string; qty: number }[],
    payNow: string,
  ): Promise<{ no: string; code: string }> {
    await this.tab('new');
    for (const [index, line] of lines.entries()) {
      if (index > 0) await this.page.getByTestId('add-line').click();
      await this.page.getByTestId(`line-product-${index}`).selectOption({ label: line.product });
      await this.page.getByTestId(`line-qty-${index}`).fill(String(line.qty));
    }
    await this.page.getByTestId('pay-now').selectOption(payNow);
    await this.page.getByTestId('submit-order').click();
    const created = this.page.getByTestId('order-created');
    await expect(created).toBeVisible();
    const text = await created.innerText();
    const match = /(LL\d{6}-\d{4}).*?(\d{6} \d{4})/.exec(text);
    if (!match?.[1] || !match[2]) throw new Error(`unexpected confirmation: ${text}`);
    return { no: match[1], code: match[2] };
  }

  async openOrder(code: string): Promise<void> {
    await this.tab('list');
    await this.page.getByTestId('order-search').fill(code);
    await this.page.getByTestId('order-search').press('Enter');
    await this.page.getByTestId('orders-table').locator('tbody tr').first().click();
    await expect(this.page.getByTestId('order-detail')).toBeVisible();
  }

  async act(action: string, fill?: (page: Page) => Promise<void>): Promise<void> {
    await this.page.getByTestId(`action-${action}`).click();
    if (fill) {
      await fill(this.page);
      await this.page.getByTestId('action-submit').click();
    }
  }

  detailStatus() {
    return this.page.getByTestId('detail-status');
  }

  async scan(text: string): Promise<void> {
    await this.page.getByTestId('scan-input').fill(text);
    await this.page.getByTestId('scan-input').press('Enter');
  }

  availableOf(sku: string) {
    return this.page.getByTestId(`available-${sku}`);
  }
}
