import { create } from 'zustand';
import type { WorkbenchDatabase } from '../../../app/db/collections';

export type DatabaseState =
  | { phase: 'opening'; migration: { collection: string; handled: number; total: number } | null }
  | { phase: 'ready'; db: WorkbenchDatabase }
  | { phase: 'failed'; code: string; message: string };

export const useDatabaseStore = create<DatabaseState>()(() => ({ phase: 'opening', migration: null }));

export function requireDatabase(): WorkbenchDatabase {
  const state = useDatabaseStore.getState();
  if (state.phase !== 'ready') throw new Error('database not open yet');
  return state.db;
}
