/** The one IPC channel every RPC frame travels on, both directions. */
export const rpcChannel = 'workbench:rpc';
/** The renderer's origin inside Electron: a privileged custom scheme gives IndexedDB a stable origin. */
export const appScheme = 'app';
export const appHost = 'workbench';
export const appOrigin = `${appScheme}://${appHost}`;
