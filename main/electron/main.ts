import { app, BrowserWindow, session } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRpcServer } from '../../app/rpc/server';
import { compose } from '../composition';
import { createConsoleLogger } from '../shared/logger';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { safeStorageCodec } from './safe-storage-codec';
import { serveRpcOverIpc } from './ipc-transport';
import { createMainWindow } from './window';

const here = dirname(fileURLToPath(import.meta.url));
const logger = createConsoleLogger('electron');

registerAppScheme();
if (!app.requestSingleInstanceLock()) app.quit();

/** The microphone is the only permission the workbench asks for (live captions). */
const allowedPermissions = new Set(['media']);

async function start(): Promise<void> {
  await app.whenReady();
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(allowedPermissions.has(permission)),
  );
  serveRenderer(join(here, '../renderer'));
  let emit: ReturnType<typeof createRpcServer>['emit'] = () => undefined;
  const composition = compose({
    mode: 'electron',
    appVersion: app.getVersion(),
    logger,
    dataDir: app.getPath('userData'),
    secretCodec: safeStorageCodec(),
    emit: (event, payload) => emit(event, payload),
  });
  const rpc = createRpcServer({ handlers: composition.handlers, logger });
  emit = (event, payload) => rpc.emit(event, payload);
  const attach = serveRpcOverIpc(rpc, logger);
  const open = () => attach(createMainWindow(join(here, '../preload/index.cjs')).webContents);
  open();
  app.on('second-instance', () => BrowserWindow.getAllWindows()[0]?.focus());
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) open();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  let disposed = false;
  app.on('before-quit', (event) => {
    if (disposed) return;
    // Close OBS's socket and timers before the process goes, then quit for real.
    event.preventDefault();
    disposed = true;
    void composition.dispose().finally(() => app.quit());
  });
}

start().catch((error: unknown) => {
  logger.error('electron start failed', { error: String(error) });
  app.exit(1);
});
