import { toAppError } from '../../../../../app/contract/errors';
import { mapColumns } from '../../../../../app/domain/import/columns';
import { groupIntoOrders } from '../../../../../app/domain/import/group-orders';
import { readTable } from '../../../../../app/domain/import/read-table';
import { validateRows } from '../../../../../app/domain/import/validate-rows';
import type { ImportReply, ImportRequest } from './import-protocol';

/**
 * Parsing and validating a 50k-row file takes long enough to freeze the counter's screen, so it runs
 * here, off the main thread; only the preview comes back.
 */
self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const { name, bytes, products } = event.data;
  let reply: ImportReply;
  try {
    const table = await readTable({ name, bytes: new Uint8Array(bytes) });
    const report = validateRows(table, mapColumns(table.headers), { products });
    reply = {
      ok: true,
      preview: {
        total: report.total,
        validRows: report.valid.length,
        errors: report.errors,
        drafts: groupIntoOrders(report.valid),
      },
    };
  } catch (error) {
    reply = { ok: false, error: toAppError(error).toData() };
  }
  self.postMessage(reply);
};
