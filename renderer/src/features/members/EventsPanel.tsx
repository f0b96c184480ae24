import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkbenchDatabase } from '../../../../app/db/collections';
import type { MemberDoc } from '../../../../app/db/schemas/members';
import type { StoreEventDoc } from '../../../../app/db/schemas/store-events';
import { attendance } from '../../../../app/domain/events/checkin';
import { formatEventCode } from '../../../../app/domain/events/event-code';
import { eventQrPayload } from '../../../../app/domain/events/event-qr';
import { parseYuanToFen } from '../../../../app/domain/money';
import { requireDatabase, requireStoreKey } from '../../data/database-store';
import { useWatch } from '../../data/use-watch';
import { watchDocs } from '../../data/watch';
import { ErrorLine } from '../../shared/ErrorLine';
import { formatDateTime } from '../../shared/format';
import { QrImage } from '../../shared/QrImage';
import { useAction } from '../../shared/use-action';
import { cancelMember, checkInCode, createEvent, signUpMember } from './event-service';

/** In-store events: sign neighbours up (waitlist when full), check them in by code, free seats on cancel. */
export function EventsPanel({ members }: { members: MemberDoc[] }) {
  const { t, i18n } = useTranslation();
  const [events, setEvents] = useState<StoreEventDoc[]>([]);
  useWatch(
    useCallback(
      (db: WorkbenchDatabase) => [
        watchDocs(db.storeEvents.find({ sort: [{ startsAt: 'desc' }] }).$, setEvents),
      ],
      [],
    ),
  );
  const [eventId, setEventId] = useState('');
  const [memberId, setMemberId] = useState('');
  const [code, setCode] = useState('');
  const [notice, setNotice] = useState('');
  const [pass, setPass] = useState<string | null>(null);
  const [draft, setDraft] = useState({
    title: '',
    startsAt: '',
    capacity: 12,
    price: '0',
    place: '店内活动区',
  });
  const { run, error } = useAction();
  const event = events.find((e) => e.id === eventId) ?? events[0];
  const names = new Map(members.map((m) => [m.id, m.nicknames[0] ?? m.name]));
  const say = (text: string) => setNotice(text);
  const counts = event ? attendance(event, Date.now()) : null;

  return (
    <div className="form wide" data-testid="events">
      {event && counts && (
        <>
          <select
            value={event.id}
            onChange={(e) => setEventId(e.target.value)}
            data-testid="event-pick"
            aria-label={t('members.events.event')}
          >
            {events.map((e) => (
              <option key={e.id} value={e.id}>
                {e.title} · {formatDateTime(e.startsAt, i18n.language)}
              </option>
            ))}
          </select>
          <p data-testid="event-counts">{t('members.events.counts', { ...counts })}</p>
          <div className="row">
            <select
              value={memberId}
              onChange={(e) => setMemberId(e.target.value)}
              data-testid="event-member"
              aria-label={t('members.events.member')}
            >
              <option value="">{t('members.events.member')}</option>
              {members.slice(0, 300).map((m) => (
                <option key={m.id} value={m.id}>
                  {names.get(m.id)} · {m.name}
                </option>
              ))}
            </select>
            <button
              type="button"
              disabled={!memberId}
              data-testid="event-signup"
              onClick={() =>
                void run(async () => {
                  const signup = await signUpMember(requireDatabase(), requireStoreKey(), event.id, memberId);
                  if (!signup) return;
                  setPass(eventQrPayload(requireStoreKey(), event.id, signup.code));
                  say(
                    t(`members.events.signed.${signup.status === 'waitlist' ? 'waitlist' : 'seat'}`, {
                      name: names.get(memberId),
                      code: formatEventCode(signup.code),
                    }),
                  );
                })
              }
            >
              {t('members.events.signUp')}
            </button>
          </div>
          <form
            className="row"
            onSubmit={(e) => {
              e.preventDefault();
              void run(async () => {
                const result = await checkInCode(requireDatabase(), requireStoreKey(), event.id, code);
                const name = names.get(result.signup.memberId);
                say(
                  result.kind === 'already'
                    ? t('members.events.already', { name, time: formatDateTime(result.at, i18n.language) })
                    : t('members.events.checkedIn', { name }),
                );
                setCode('');
              });
            }}
          >
            <input
              value={code}
              onChange={(e) => setCode(e.target.value)}
              placeholder={t('members.events.code')}
              data-testid="event-code"
            />
            <button type="submit">{t('members.events.checkIn')}</button>
          </form>
          <ul className="feed" data-testid="event-signups">
            {event.signups.map((signup) => (
              <li key={signup.memberId}>
                {names.get(signup.memberId) ?? signup.memberId} ·{' '}
                {t(`members.events.status.${signup.status}`)}
                {(signup.status === 'signedUp' || signup.status === 'waitlist') && (
                  <button
                    type="button"
                    onClick={() =>
                      void run(async () => {
                        const promoted = await cancelMember(requireDatabase(), event.id, signup.memberId);
                        say(
                          promoted.length > 0
                            ? t('members.events.promoted', {
                                names: promoted.map((p) => names.get(p.memberId)).join('、'),
                              })
                            : t('members.events.cancelled'),
                        );
                      })
                    }
                  >
                    {t('members.events.cancel')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <ErrorLine message={error} />
      {notice && (
        <p className="success" role="status" data-testid="event-notice">
          {notice}
        </p>
      )}
      {pass && (
        <figure className="pickup-qr" data-testid="event-pass" data-payload={pass}>
          <QrImage payload={pass} size={120} />
        </figure>
      )}
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          void run(async () => {
            await createEvent(requireDatabase(), {
              title: draft.title,
              startsAt: new Date(draft.startsAt).getTime(),
              capacity: draft.capacity,
              priceFen: parseYuanToFen(draft.price) ?? -1,
              place: draft.place,
            });
            say(t('members.events.created', { title: draft.title }));
          });
        }}
      >
        <input
          value={draft.title}
          onChange={(e) => setDraft({ ...draft, title: e.target.value })}
          placeholder={t('members.events.title')}
          data-testid="event-title"
        />
        <input
          type="datetime-local"
          value={draft.startsAt}
          onChange={(e) => setDraft({ ...draft, startsAt: e.target.value })}
          data-testid="event-start"
          aria-label={t('members.events.start')}
        />
        <input
          type="number"
          min={1}
          max={1000}
          value={draft.capacity}
          onChange={(e) => setDraft({ ...draft, capacity: Number(e.target.value) })}
          data-testid="event-capacity"
          aria-label={t('members.events.capacity')}
        />
        <input
          value={draft.price}
          onChange={(e) => setDraft({ ...draft, price: e.target.value })}
          aria-label={t('members.events.price')}
        />
        <input
          value={draft.place}
          onChange={(e) => setDraft({ ...draft, place: e.target.value })}
          aria-label={t('members.events.place')}
        />
        <button type="submit" data-testid="event-create">
          {t('members.events.create')}
        </button>
      </form>
    </div>
  );
}
