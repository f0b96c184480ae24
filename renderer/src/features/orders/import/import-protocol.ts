import type { ImportProduct } from '../../../../../app/domain/import/product-matcher';
import type { OrderDraft } from '../../../../../app/domain/import/group-orders';
import type { RowError } from '../../../../../app/domain/import/validate-rows';
import type { ErrorData } from '../../../../../app/contract/errors';

export interface ImportRequest {
  name: string;
  bytes: ArrayBuffer;
  products: ImportProduct[];
}

/** What the preview shows before anything is written. */
export interface ImportPreview {
  total: number;
  validRows: number;
  errors: RowError[];
  drafts: OrderDraft[];
}

export type ImportReply = { ok: true; preview: ImportPreview } | { ok: false; error: ErrorData };
