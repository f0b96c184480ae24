/**
 * Undo steps for everything the benchmark starts (host processes, browsers, temp folders), run newest
 * first on success, on error and on Ctrl-C alike. A step run early is not run again.
 */
export class Cleanup {
  private readonly steps: { label: string; run: () => Promise<void> }[] = [];
  private draining: Promise<void> | undefined;

  add(label: string, run: () => Promise<void>): () => Promise<void> {
    const step = { label, run };
    this.steps.push(step);
    return async () => {
      const index = this.steps.indexOf(step);
      if (index === -1) return;
      this.steps.splice(index, 1);
      await run();
    };
  }

  /**
   * A Ctrl-C handler and the main flow's `finally` both call this at once (closing the browser makes the
   * pending work fail): they share one pass, so neither exits while the other is still deleting files.
   */
  runAll(): Promise<void> {
    this.draining ??= this.drain().finally(() => {
      this.draining = undefined;
    });
    return this.draining;
  }

  private async drain(): Promise<void> {
    for (let step = this.steps.pop(); step; step = this.steps.pop()) {
      try {
        await step.run();
      } catch (error) {
        console.error(
          `[bench] cleanup of ${step.label} failed: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
  }
}
