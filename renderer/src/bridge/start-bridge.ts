import type { Logger } from '../../../app/rpc/logger';
import { createBridge, type Bridge } from './bridge';
import { ipcTransport } from './ipc-transport';
import { takeSessionToken } from './session-token';
import { openWsTransport } from './ws-transport';

const consoleLogger: Logger = {
  info: (message, fields) => console.info(message, fields ?? ''),
  warn: (message, fields) => console.warn(message, fields ?? ''),
  error: (message, fields) => console.error(message, fields ?? ''),
};

/** Picks the transport at start-up: Electron's preload when present, the loopback WebSocket otherwise. */
export function startBridge(): Bridge {
  const preload = window.workbench;
  if (preload) {
    const transport = ipcTransport(preload);
    return createBridge({ connect: () => Promise.resolve(transport), logger: consoleLogger });
  }
  const token = takeSessionToken(window.location, window.sessionStorage, window.history) ?? '';
  const url = `${window.location.origin.replace(/^http/, 'ws')}/rpc`;
  return createBridge({ connect: () => openWsTransport(url), token, logger: consoleLogger });
}
