import type { ImportRow } from './validate-rows';

export interface DraftLine {
  productId: string;
  qty: number;
  /** Sum of the rows' amounts, or undefined when any merged row had none (the catalogue price applies). */
  priceFen?: number;
  rows: number[];
}

/** One neighbour's order as the import will create it; `rows` lets the report point back into the file. */
export interface OrderDraft {
  name: string;
  phone: string;
  building: string;
  note: string;
  campaign: string;
  lines: DraftLine[];
  rows: number[];
}

function addDistinct(list: string[], value: string): void {
  if (value !== '' && !list.includes(value)) list.push(value);
}

/**
 * One draft per (name, phone), in the order people first appear, with a person's rows for the same
 * product merged into one line: group-buy exports list every 加购 as its own row.
 */
export function groupIntoOrders(valid: readonly ImportRow[]): OrderDraft[] {
  const drafts = new Map<string, { draft: OrderDraft; lines: Map<string, DraftLine>; notes: string[] }>();
  for (const row of valid) {
    const key = `${row.name}\u0000${row.phone}`;
    let entry = drafts.get(key);
    if (entry === undefined) {
      const draft: OrderDraft = {
        name: row.name,
        phone: row.phone,
        building: '',
        note: '',
        campaign: '',
        lines: [],
        rows: [],
      };
      entry = { draft, lines: new Map(), notes: [] };
      drafts.set(key, entry);
    }
    const { draft, lines, notes } = entry;
    draft.rows.push(row.row);
    if (draft.building === '') draft.building = row.building;
    if (draft.campaign === '') draft.campaign = row.campaign;
    addDistinct(notes, row.note);

    const line = lines.get(row.productId);
    if (line === undefined) {
      const created: DraftLine = { productId: row.productId, qty: row.qty, rows: [row.row] };
      if (row.priceFen !== undefined) created.priceFen = row.priceFen;
      lines.set(row.productId, created);
      draft.lines.push(created);
    } else {
      line.qty += row.qty;
      line.rows.push(row.row);
      line.priceFen =
        line.priceFen === undefined || row.priceFen === undefined ? undefined : line.priceFen + row.priceFen;
    }
  }
  return [...drafts.values()].map(({ draft, notes }) => ({ ...draft, note: notes.join('；') }));
}
