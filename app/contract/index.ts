import type { z } from 'zod';
import { aiCommands, aiEvents } from './ai';
import { commentsCommands, commentsEvents } from './comments';
import type { CommandSpec, EventSpec } from './define';
import { hostCommands } from './host';
import { networkCommands, networkEvents } from './network';
import { obsCommands, obsEvents } from './obs';
import { sttCommands, sttEvents } from './stt';

export * from './ai';
export * from './comments';
export * from './errors';
export * from './host';
export * from './network';
export * from './obs';
export * from './stt';
export type { CommandSpec, EventSpec } from './define';

/** Every command the host answers, by `namespace.verbNoun`. */
export const commands = {
  ...hostCommands,
  ...networkCommands,
  ...obsCommands,
  ...sttCommands,
  ...commentsCommands,
  ...aiCommands,
} satisfies Record<string, CommandSpec>;

/** Every event the host pushes, by `namespace.pastTense`. */
export const events = {
  ...networkEvents,
  ...obsEvents,
  ...sttEvents,
  ...commentsEvents,
  ...aiEvents,
} satisfies Record<string, EventSpec>;

export type Commands = typeof commands;
export type Events = typeof events;
export type CommandName = keyof Commands;
export type EventName = keyof Events;
export type ParamsOf<N extends CommandName> = z.input<Commands[N]['params']>;
export type ResultOf<N extends CommandName> = z.output<Commands[N]['result']>;
export type PayloadOf<N extends EventName> = z.output<Events[N]['payload']>;

export function isCommandName(name: string): name is CommandName {
  return Object.hasOwn(commands, name);
}

export function isEventName(name: string): name is EventName {
  return Object.hasOwn(events, name);
}
