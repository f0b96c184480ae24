import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';

const pageRoot = fileURLToPath(new URL('../orders-page/', import.meta.url));

export interface OrdersSite {
  origin: string;
  close(): Promise<void>;
}

/**
 * Builds the order-book bench page (it bundles the app's own modules, the import Web Worker included)
 * into `siteDir`, together with the extra files it fetches.
 */
export async function buildOrdersSite(siteDir: string, files: Record<string, Uint8Array>): Promise<void> {
  await build({
    configFile: false,
    root: pageRoot,
    base: '/',
    logLevel: 'warn',
    build: {
      outDir: siteDir,
      emptyOutDir: true,
      minify: true,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 4000,
    },
  });
  for (const [path, bytes] of Object.entries(files)) await writeFile(join(siteDir, path), bytes);
}

/**
 * Serves the built page on 127.0.0.1. The app itself is not needed here (no cold start is measured), so
 * Vite's static preview server stands in for the Node host; 127.0.0.1 is a secure context, which the app's
 * crypto.randomUUID needs.
 */
export async function serveOrdersSite(siteDir: string, port: number): Promise<OrdersSite> {
  const server = await preview({
    configFile: false,
    root: pageRoot,
    logLevel: 'warn',
    build: { outDir: siteDir },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  return { origin: `http://127.0.0.1:${port}`, close: () => server.close() };
}
