import type { OrdersBenchApi } from '../lib/orders-protocol';
import { fillBook, type Book } from './book-fill';
import { measureImport } from './import-probe';
import { measurePickList } from './picklist-probe';
import { measurePickup } from './pickup-probe';

/**
 * The order-book benchmark's half inside Chromium: one filled database serves all three figures, because
 * filling 100k orders is by far the slowest part of the run.
 */

let book: Book | undefined;

function filled(): Book {
  if (!book) throw new Error('call book() first');
  return book;
}

const api: OrdersBenchApi = {
  async book(options) {
    const filledBook = await fillBook(options);
    book = filledBook.book;
    return filledBook.result;
  },
  pickup: (options) => measurePickup(filled(), options),
  pickList: (options) => measurePickList(filled(), options),
  importFile: (options) => measureImport(filled(), options),
  async finish() {
    if (!book) return;
    await book.rx.close();
    book = undefined;
  },
};

window.linliOrdersBench = api;
document.body.dataset['benchReady'] = 'true';
