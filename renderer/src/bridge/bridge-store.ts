import type { Bridge } from './bridge';

let current: Bridge | null = null;

/** main.tsx starts the one bridge; features reach the host through it. */
export function setBridge(bridge: Bridge): void {
  current = bridge;
}

export function requireBridge(): Bridge {
  if (!current) throw new Error('bridge not started');
  return current;
}
