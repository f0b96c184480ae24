import { create } from 'zustand';
import type { Subscription } from 'rxjs';
import type { WorkbenchDatabase } from '../../../../app/db/collections';

export const hotkeySettingId = 'liveConsole';

export interface LiveHotkeys {
  /** Presentation clickers send PageDown, so a clicker in the host's hand advances the show. */
  next: string;
  scenes: Record<string, string>;
  /** The scene a product goes on air in ('' keeps whatever is on air). */
  productScene: string;
}

const defaults: LiveHotkeys = { next: 'PageDown', scenes: {}, productScene: 'Linli 直播' };

export const useHotkeyStore = create<{ keys: LiveHotkeys }>()(() => ({ keys: defaults }));

function isKeys(value: unknown): value is LiveHotkeys {
  const candidate = value as Partial<LiveHotkeys> | null;
  return (
    typeof candidate?.next === 'string' && typeof candidate.scenes === 'object' && candidate.scenes !== null
  );
}

export function watchHotkeys(db: WorkbenchDatabase): Subscription[] {
  return [
    db.settings.findOne(hotkeySettingId).$.subscribe((doc) => {
      const value = doc?.value;
      useHotkeyStore.setState({ keys: isKeys(value) ? value : defaults });
    }),
  ];
}

export async function saveHotkeys(db: WorkbenchDatabase, keys: LiveHotkeys): Promise<void> {
  await db.settings.upsert({ id: hotkeySettingId, value: { ...keys }, updatedAt: Date.now() });
}

/** "Ctrl+Shift+F5" style names, the same on every keyboard layout for function and navigation keys. */
export function keyName(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'altKey' | 'shiftKey' | 'metaKey'>,
): string {
  const parts: string[] = [];
  if (event.ctrlKey) parts.push('Ctrl');
  if (event.altKey) parts.push('Alt');
  if (event.shiftKey) parts.push('Shift');
  if (event.metaKey) parts.push('Meta');
  parts.push(event.key.length === 1 ? event.key.toUpperCase() : event.key);
  return parts.join('+');
}

const modifierOnly = new Set(['Control', 'Alt', 'Shift', 'Meta']);

/** Typing into a field must never switch a scene on air. */
export function isHotkeyCandidate(event: KeyboardEvent): boolean {
  if (modifierOnly.has(event.key)) return false;
  const target = event.target as HTMLElement | null;
  const tag = target?.tagName ?? '';
  return !(tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target?.isContentEditable === true);
}
