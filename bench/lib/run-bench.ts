import { Cleanup } from './cleanup';

/**
 * Runs a benchmark's body with one cleanup list that runs on success, on error and on Ctrl-C alike, and
 * reports a failure in one line (with its stack) instead of an unhandled rejection.
 */
export async function runBenchmark(body: (cleanup: Cleanup) => Promise<void>): Promise<void> {
  const cleanup = new Cleanup();
  let interrupted = false;
  // `on`, not `once`: Ctrl-C reaches this process twice (from the terminal and relayed by tsx), and a
  // second signal without a listener would kill it before the temp folder is gone.
  const interrupt = (signal: NodeJS.Signals) => {
    if (interrupted) return;
    interrupted = true;
    console.error(`[bench] ${signal}: cleaning up`);
    void cleanup.runAll().then(() => process.exit(130));
  };
  process.on('SIGINT', interrupt);
  process.on('SIGTERM', interrupt);
  try {
    await body(cleanup);
  } catch (error) {
    // After Ctrl-C the pending work fails by design; that is no error worth a stack trace.
    if (interrupted) return;
    console.error(
      `[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    process.exitCode = 1;
  } finally {
    await cleanup.runAll();
  }
}
