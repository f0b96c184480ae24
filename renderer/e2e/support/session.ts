import { freePort, startHost } from './host';
import { launchProfile, newProfileDir, Workbench, type Area } from './workbench';

/**
 * One test's own store: a fresh host on its own port (its own origin, so its own IndexedDB) and a fresh
 * browser profile, opened on the demo store, torn down whatever the test did.
 */
export async function withWorkbench(area: Area, run: (workbench: Workbench) => Promise<void>): Promise<void> {
  const host = await startHost(await freePort());
  const context = await launchProfile(newProfileDir());
  try {
    const workbench = new Workbench(await context.newPage());
    await workbench.open(host.url);
    await workbench.goTo(area);
    await run(workbench);
  } finally {
    await context.close();
    await host.stop();
  }
}
