import { z } from 'zod';
import { command, event } from './define';

export const networkStatusSchema = z.object({
  online: z.boolean(),
  /** When the host last saw the status change (epoch ms). */
  changedAt: z.number().int(),
});

export type NetworkStatus = z.infer<typeof networkStatusSchema>;

export const networkCommands = {
  /**
   * Whether this machine has a network route right now, as the OS reports its interfaces (the renderer's
   * `navigator.onLine` is unreliable inside Electron). Raises nothing.
   */
  'network.getStatus': command(z.object({}).strict(), networkStatusSchema),
};

export const networkEvents = {
  /** The machine went online or offline; carries the new status. */
  'network.statusChanged': event(networkStatusSchema),
};
