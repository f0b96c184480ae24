import type { WorkbenchDatabase } from '../../../../app/db/collections';
import type { Signup, StoreEventDoc } from '../../../../app/db/schemas/store-events';
import { cancelSignup } from '../../../../app/domain/events/cancel';
import { checkIn, type CheckInResult } from '../../../../app/domain/events/checkin';
import { buildEvent, type EventInput } from '../../../../app/domain/events/new-event';
import { signUp } from '../../../../app/domain/events/signup';
import type { StoreKey } from '../../../../app/domain/pickup/store-key';

/**
 * Every change applies the event rule to the latest stored version (incrementalModify), so two desks
 * signing people up at once never give away the same last seat.
 */
async function update(
  db: WorkbenchDatabase,
  eventId: string,
  change: (event: StoreEventDoc) => StoreEventDoc,
): Promise<StoreEventDoc> {
  const doc = await db.storeEvents.findOne(eventId).exec();
  if (!doc) throw new Error(`No event ${eventId}`);
  const updated = await doc.incrementalModify((current) => change(current));
  return updated.toMutableJSON();
}

export async function createEvent(db: WorkbenchDatabase, input: Omit<EventInput, 'id'>): Promise<void> {
  await db.storeEvents.insert(buildEvent({ ...input, id: `e-${crypto.randomUUID()}` }, Date.now()));
}

export async function signUpMember(
  db: WorkbenchDatabase,
  store: StoreKey,
  eventId: string,
  memberId: string,
): Promise<Signup | undefined> {
  const event = await update(db, eventId, (current) => signUp(current, memberId, store, Date.now()));
  return event.signups.find((signup) => signup.memberId === memberId);
}

export async function cancelMember(
  db: WorkbenchDatabase,
  eventId: string,
  memberId: string,
): Promise<Signup[]> {
  let promoted: Signup[] = [];
  await update(db, eventId, (current) => {
    const result = cancelSignup(current, memberId, Date.now());
    promoted = result.promoted;
    return result.event;
  });
  return promoted;
}

export async function checkInCode(
  db: WorkbenchDatabase,
  store: StoreKey,
  eventId: string,
  code: string,
): Promise<CheckInResult> {
  let result: CheckInResult | undefined;
  await update(db, eventId, (current) => {
    result = checkIn(current, code, store, Date.now());
    return result.event;
  });
  if (!result) throw new Error('check-in did not run');
  return result;
}
