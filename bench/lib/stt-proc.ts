import { existsSync, readdirSync, readFileSync } from 'node:fs';

/**
 * Process memory from Linux's /proc: VmHWM is the peak resident size a process has reached so far, so a
 * poll only has to come late in a run to see its peak, not at the very moment of it.
 */

export const procAvailable = (): boolean => existsSync('/proc/self/status');

/** A `Vm…:  123 kB` line of /proc/<pid>/status in kB, or null once the process is gone. */
export function statusKb(pid: number, field: 'VmHWM' | 'VmRSS'): number | null {
  let status: string;
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return null;
  }
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  return match?.[1] === undefined ? null : Number(match[1]);
}

/**
 * The processes in group `pgid` named `comm`. The engine's worker leads its own process group, and the shell
 * whisper-node starts and the whisper.cpp `main` under it stay in that group.
 */
export function groupMembers(pgid: number, comm: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue;
    }
    // `pid (comm) state ppid pgrp …`: comm may hold spaces and parentheses, so split after the last ')'.
    const close = stat.lastIndexOf(')');
    const name = stat.slice(stat.indexOf('(') + 1, close);
    const group = Number(stat.slice(close + 2).split(' ')[2]);
    if (name === comm && group === pgid) pids.push(Number(entry));
  }
  return pids;
}

/** Polls the peak resident size of whatever processes `find` names while a run lasts. */
export class PeakWatch {
  private peakKb = 0;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly find: () => number[],
    private readonly intervalMs = 50,
  ) {}

  start(): void {
    if (!procAvailable()) return;
    this.timer = setInterval(() => this.poll(), this.intervalMs);
  }

  /** Polls once more (the process may still be there) and returns the peak in kB, or null if none was seen. */
  stop(): number | null {
    if (this.timer === null) return null;
    clearInterval(this.timer);
    this.timer = null;
    this.poll();
    return this.peakKb > 0 ? this.peakKb : null;
  }

  private poll(): void {
    for (const pid of this.find()) this.peakKb = Math.max(this.peakKb, statusKb(pid, 'VmHWM') ?? 0);
  }
}
