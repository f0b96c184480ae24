import { AppError } from '../../contract/errors';
import type { StoreEventDoc } from '../../db/schemas/store-events';
import { generateStoreKey, type StoreKey } from '../pickup/store-key';
import { buildEvent, type EventInput } from './new-event';
import { signUp } from './signup';

/** Deterministic stand-in for crypto.getRandomValues, so failures reproduce. */
function seededRandom(seed: number): (n: number) => Uint8Array {
  let state = seed >>> 0;
  return (n) =>
    Uint8Array.from({ length: n }, () => {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      return state >>> 24;
    });
}

export const store: StoreKey = { storeId: 'store-hz-01', key: generateStoreKey(seededRandom(1)) };
export const otherStore: StoreKey = { storeId: 'store-hz-02', key: generateStoreKey(seededRandom(2)) };

export const minute = 60_000;
export const now = Date.UTC(2026, 10, 25, 2);
export const startsAt = now + 3 * 24 * 60 * minute;

export const eventInput = (patch: Partial<EventInput> = {}): EventInput => ({
  id: 'ev-1',
  title: ' 宝宝辅食试吃会 ',
  startsAt,
  capacity: 2,
  priceFen: 0,
  place: '南门店二楼',
  ...patch,
});

export const newEvent = (patch: Partial<EventInput> = {}): StoreEventDoc =>
  buildEvent(eventInput(patch), now);

/** Members sign up one minute apart, in the order given. */
export function signUpAll(event: StoreEventDoc, memberIds: readonly string[]): StoreEventDoc {
  return memberIds.reduce((doc, memberId, i) => signUp(doc, memberId, store, now + (i + 1) * minute), event);
}

export function statusesOf(event: StoreEventDoc): Record<string, string> {
  return Object.fromEntries(event.signups.map((signup) => [signup.memberId, signup.status]));
}

export function codeOf(event: StoreEventDoc, memberId: string): string {
  const signup = event.signups.find((candidate) => candidate.memberId === memberId);
  if (!signup) throw new Error(`no sign-up for ${memberId}`);
  return signup.code;
}

/** The refusal's details (reason first), or 'accepted' when nothing was thrown. */
export function refusalOf(run: () => unknown): Record<string, unknown> | 'accepted' {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError && error.code === 'EVENT_REFUSED') return error.details ?? {};
    throw error;
  }
  return 'accepted';
}

export const reasonOf = (run: () => unknown): unknown => {
  const refusal = refusalOf(run);
  return refusal === 'accepted' ? refusal : refusal['reason'];
};
