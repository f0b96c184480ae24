import type { z } from 'zod';

export interface CommandSpec<P extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> {
  readonly params: P;
  readonly result: R;
}

export function command<P extends z.ZodType, R extends z.ZodType>(params: P, result: R): CommandSpec<P, R> {
  return { params, result };
}

export interface EventSpec<P extends z.ZodType = z.ZodType> {
  readonly payload: P;
}

export function event<P extends z.ZodType>(payload: P): EventSpec<P> {
  return { payload };
}
