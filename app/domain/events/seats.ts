import type { Signup, StoreEventDoc } from '../../db/schemas/store-events';

/** The schema's bound on sign-ups kept in one event document, cancelled ones included. */
export const maxSignups = 2000;

/** Checked-in members keep their seat: they came, so nobody from the waitlist can take it. */
export function holdsSeat(signup: Pick<Signup, 'status'>): boolean {
  return signup.status === 'signedUp' || signup.status === 'checkedIn';
}

export function seatsLeft(event: Pick<StoreEventDoc, 'capacity' | 'signups'>): number {
  const taken = event.signups.filter(holdsSeat).length;
  return Math.max(0, event.capacity - taken);
}

/** A member's sign-up; one entry per member, revived in place when they sign up again after cancelling. */
export function signupOf(event: Pick<StoreEventDoc, 'signups'>, memberId: string): Signup | undefined {
  return event.signups.find((signup) => signup.memberId === memberId);
}

/**
 * Gives free seats to the waitlist, earliest sign-up first (document order breaks ties, which is also
 * sign-up order). A promoted member's `at` becomes the promotion time, as `at` always records when the
 * sign-up reached its current status.
 */
export function fillSeats(
  event: Pick<StoreEventDoc, 'capacity' | 'signups'>,
  at: number,
): { signups: Signup[]; promoted: Signup[] } {
  const queue = event.signups
    .map((signup, index) => ({ signup, index }))
    .filter(({ signup }) => signup.status === 'waitlist')
    .sort((a, b) => a.signup.at - b.signup.at || a.index - b.index)
    .slice(0, seatsLeft(event))
    .map(({ signup }) => signup.memberId);
  const chosen = new Set(queue);
  const signups = event.signups.map((signup) =>
    chosen.has(signup.memberId) ? { ...signup, status: 'signedUp' as const, at } : signup,
  );
  const promoted = queue.flatMap((memberId) => signups.filter((signup) => signup.memberId === memberId));
  return { signups, promoted };
}
