import { AppError } from '../../contract/errors';
import type { OrderDoc, OrderLine } from '../../db/schemas/orders';

/** Bounds of the orders schema; a document outside them would be refused by the database anyway. */
export const maxLineQty = 10_000;
export const maxLines = 100;
export const maxNoteLength = 500;
export const maxHistory = 500;
export const maxShelfSlotLength = 16;

export function orderTotal(lines: readonly Pick<OrderLine, 'priceFen' | 'qty'>[]): number {
  return lines.reduce((sum, line) => sum + line.priceFen * line.qty, 0);
}

/** What is still waiting for the neighbour on a line. */
export function remainingQty(line: Pick<OrderLine, 'qty' | 'pickedQty'>): number {
  return line.qty - line.pickedQty;
}

export function isValidLineQty(qty: number): boolean {
  return Number.isInteger(qty) && qty >= 1 && qty <= maxLineQty;
}

export function orderInvalid(
  order: Pick<OrderDoc, 'no'>,
  message: string,
  details: Record<string, unknown> = {},
): AppError {
  return new AppError('ORDER_INVALID', message, { orderNo: order.no, ...details });
}

/** The schema bounds notes; a longer one is cut so that the action itself is never refused for it. */
export function clipNote(note: string): string {
  return note.length > maxNoteLength ? note.slice(0, maxNoteLength) : note;
}
