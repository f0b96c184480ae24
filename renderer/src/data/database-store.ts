import { create } from 'zustand';
import type { WorkbenchDatabase } from '../../../app/db/collections';
import type { StoreKey } from '../../../app/domain/pickup/store-key';

export type DatabaseState =
  | { phase: 'opening'; migration: { collection: string; handled: number; total: number } | null }
  | { phase: 'ready'; db: WorkbenchDatabase; store: StoreKey }
  | { phase: 'failed'; code: string; message: string };

export const useDatabaseStore = create<DatabaseState>()(() => ({ phase: 'opening', migration: null }));

export function requireDatabase(): WorkbenchDatabase {
  return requireReady().db;
}

export function requireStoreKey(): StoreKey {
  return requireReady().store;
}

function requireReady(): Extract<DatabaseState, { phase: 'ready' }> {
  const state = useDatabaseStore.getState();
  if (state.phase !== 'ready') throw new Error('database not open yet');
  return state;
}
