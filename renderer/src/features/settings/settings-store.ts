import { create } from 'zustand';
import type { Subscription } from 'rxjs';
import type { WorkbenchDatabase } from '../../../../app/db/collections';
import { resetDemoStore, storeSettingId } from '../../../../app/domain/demo/seed';
import type { StoreKey } from '../../../../app/domain/pickup/store-key';
import { applyLocale, isLocale, type Locale } from '../../i18n/i18n';

export const localeSettingId = 'locale';

interface SettingsState {
  storeName: string;
  busy: boolean;
}

export const useSettingsStore = create<SettingsState>()(() => ({ storeName: '', busy: false }));

/** The locale saved in the database wins over the localStorage mirror (it is what the owner chose). */
export function watchSettings(db: WorkbenchDatabase): Subscription[] {
  return [
    db.settings.findOne(localeSettingId).$.subscribe((doc) => {
      const locale = doc?.value['locale'];
      if (isLocale(locale)) void applyLocale(locale);
    }),
    db.settings.findOne(storeSettingId).$.subscribe((doc) => {
      const name = doc?.value['name'];
      useSettingsStore.setState({ storeName: typeof name === 'string' ? name : '' });
    }),
  ];
}

export async function saveLocale(db: WorkbenchDatabase, locale: Locale): Promise<void> {
  await applyLocale(locale);
  await db.settings.upsert({ id: localeSettingId, value: { locale }, updatedAt: Date.now() });
}

export async function resetDemo(db: WorkbenchDatabase, store: StoreKey): Promise<void> {
  useSettingsStore.setState({ busy: true });
  try {
    await resetDemoStore(db, Date.now(), store);
  } finally {
    useSettingsStore.setState({ busy: false });
  }
}
