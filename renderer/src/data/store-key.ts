import type { WorkbenchDatabase } from '../../../app/db/collections';
import { demoStoreId } from '../../../app/domain/demo/build-store';
import { fromBase64Url, toBase64Url } from '../../../app/domain/pickup/base64url';
import { generateStoreKey, type StoreKey } from '../../../app/domain/pickup/store-key';

export const pickupKeySettingId = 'pickupKey';

/**
 * The key this store signs pickup codes with: made once on this machine from the browser's CSPRNG and
 * kept in the store's own database, so the desk verifies codes with the network down.
 */
export async function ensureStoreKey(db: WorkbenchDatabase): Promise<StoreKey> {
  const saved = await db.settings.findOne(pickupKeySettingId).exec();
  const storeId = saved?.value['storeId'];
  const key = typeof saved?.value['key'] === 'string' ? fromBase64Url(saved.value['key']) : null;
  if (typeof storeId === 'string' && key) return { storeId, key };
  const fresh: StoreKey = {
    storeId: demoStoreId,
    key: generateStoreKey((n) => crypto.getRandomValues(new Uint8Array(n))),
  };
  await db.settings.upsert({
    id: pickupKeySettingId,
    value: { storeId: fresh.storeId, key: toBase64Url(fresh.key) },
    updatedAt: Date.now(),
  });
  return fresh;
}
