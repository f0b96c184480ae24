import type { OrderDoc, RefundReason, paymentMethods } from '../../db/schemas/orders';
import type { ProductDoc } from '../../db/schemas/products';
import type { StockMoveDoc } from '../../db/schemas/stock-moves';

/** 'none' is only the state of an unpaid order, never something an owner can choose. */
export type PayMethod = Exclude<(typeof paymentMethods)[number], 'none'>;

export interface PickedLine {
  productId: string;
  qty: number;
}

/** Everything an owner can do to an existing order; `type` is what the order's history records as the action. */
export type OrderAction =
  | { type: 'confirm' }
  | { type: 'pay'; method: PayMethod }
  | { type: 'markReady'; shelfSlot: string }
  /** Without `lines` the neighbour takes everything still waiting. */
  | { type: 'pickUp'; lines?: PickedLine[] }
  | { type: 'deliver' }
  | { type: 'cancel'; reason: string }
  | { type: 'refund'; reason: RefundReason; note: string; restock: boolean }
  | { type: 'changeQty'; productId: string; qty: number }
  | { type: 'undoPickUp' };

export type OrderActionType = OrderAction['type'];

export interface OrderActionContext {
  /** When the owner acted; the rules never read the clock themselves so that they can be replayed. */
  at: number;
  by: string;
  /** Available stock per product (the sum of all its moves). Without it, stock is not checked. */
  stock?: ReadonlyMap<string, number>;
  /** Lines whose product is listed here as a service move no stock; unlisted products count as goods. */
  products?: ReadonlyMap<string, Pick<ProductDoc, 'id' | 'kind'>>;
}

/**
 * A complete stock move, ready to insert. Its id is derived from the order, the history entry and the
 * product, so writing the same result twice (a retry, a second device) cannot count stock twice.
 */
export type NewStockMove = StockMoveDoc;

export interface OrderActionResult {
  order: OrderDoc;
  moves: NewStockMove[];
}
