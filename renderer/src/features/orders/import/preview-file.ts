import { AppError } from '../../../../../app/contract/errors';
import type { WorkbenchDatabase } from '../../../../../app/db/collections';
import type { ImportPreview, ImportReply, ImportRequest } from './import-protocol';

/** Reads and checks a file in a worker; resolves to the preview, rejects with the file-level error. */
export async function previewImport(db: WorkbenchDatabase, file: File): Promise<ImportPreview> {
  const products = (await db.products.find({ selector: { active: true } }).exec()).map((doc) => ({
    id: doc.id,
    sku: doc.sku,
    name: doc.name,
    aliases: [...doc.aliases],
    active: doc.active,
  }));
  const request: ImportRequest = { name: file.name, bytes: await file.arrayBuffer(), products };
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  try {
    const reply = await new Promise<ImportReply>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<ImportReply>) => resolve(event.data);
      worker.onerror = (event) =>
        reject(new AppError('IMPORT_INVALID', event.message || 'The import worker failed'));
      worker.postMessage(request, [request.bytes]);
    });
    if (!reply.ok) throw AppError.fromData(reply.error);
    return reply.preview;
  } finally {
    worker.terminate();
  }
}
