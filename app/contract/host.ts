import { z } from 'zod';
import { command } from './define';

export const runModes = ['electron', 'browser'] as const;
export type RunMode = (typeof runModes)[number];

export const hostInfoSchema = z.object({
  appVersion: z.string(),
  mode: z.enum(runModes),
  platform: z.string(),
  startedAt: z.number().int(),
});

export type HostInfo = z.infer<typeof hostInfoSchema>;

export const hostCommands = {
  /**
   * What is running on the other side of the bridge: app version, run mode (`electron` or `browser`),
   * OS platform and the host's start time (epoch ms). Raises nothing.
   */
  'host.getInfo': command(z.object({}).strict(), hostInfoSchema),
  /**
   * Echoes `nonce` with the host's clock (epoch ms): the bridge uses it to tell a live host from a dead
   * one and to measure round trips. Raises RPC_BAD_PARAMS for a missing or over-long nonce.
   */
  'host.ping': command(
    z.object({ nonce: z.string().min(1).max(64) }).strict(),
    z.object({ nonce: z.string(), serverTime: z.number().int() }),
  ),
};
