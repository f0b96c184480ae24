import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveSessionDoc } from '../../../../app/db/schemas/live-sessions';
import { nextItem, positionsOf, segmentTiming, showTiming } from '../../../../app/domain/live';
import { requireBridge } from '../../bridge/bridge-store';
import { requireDatabase } from '../../data/database-store';
import { errorMessage } from '../../i18n/error-message';
import { ErrorLine } from '../../shared/ErrorLine';
import { Card } from '../../shared/ui';
import { useAction } from '../../shared/use-action';
import { useHotkeyStore } from './hotkeys';
import { useLiveStore } from './live-store';
import { endLive, goLive } from './rundown-service';
import { clock, useNow } from './use-now';

/** Drift under half a minute is noise, not news for the host. */
const onScheduleMs = 30_000;

/** The show that is on (or the next one planned): what is on air, its timer, and the "next" button. */
export function useActiveSession(): LiveSessionDoc | undefined {
  const sessions = useLiveStore((state) => state.sessions);
  return (
    sessions.find((session) => session.status === 'live') ?? sessions.find((s) => s.status === 'planned')
  );
}

export function useGoLive() {
  const { t, i18n } = useTranslation();
  const scene = useHotkeyStore((state) => state.keys.productScene);
  const [obsWarning, setObsWarning] = useState('');
  const action = useAction();
  const go = (sessionId: string, productId?: string) =>
    void action.run(async () => {
      const { obsError } = await goLive(requireDatabase(), requireBridge(), {
        sessionId,
        ...(productId ? { productId } : {}),
        scene,
        t,
        locale: i18n.language,
      });
      setObsWarning(obsError ? t('live.show.obsNotUpdated', { reason: errorMessage(t, obsError) }) : '');
    });
  return { go, obsWarning, ...action };
}

export function RunOfShowCard({ go }: { go: ReturnType<typeof useGoLive> }) {
  const { t } = useTranslation();
  const session = useActiveSession();
  const products = useLiveStore((state) => state.products);
  const nextKey = useHotkeyStore((state) => state.keys.next);
  const now = useNow();
  if (!session) return null;
  const name = (id: string) => products.find((product) => product.id === id)?.name ?? id;
  const segment = segmentTiming(session, now);
  const show = showTiming(session, now);
  const upcoming = nextItem(session);
  const { current } = positionsOf(session);
  const live = session.status === 'live';

  return (
    <Card title={t('live.show.heading', { title: session.title })}>
      {segment && (
        <div
          className={`segment segment-${segment.state}`}
          data-testid="show-segment"
          data-state={segment.state}
        >
          <strong data-testid="show-current">{name(segment.productId)}</strong>
          <span className="segment-clock" data-testid="show-remaining">
            {clock(segment.remainingMs)}
          </span>
          <span className="muted">
            {t('live.show.elapsed', { elapsed: clock(segment.elapsedMs), planned: clock(segment.plannedMs) })}
          </span>
          <span className="muted">{t(`live.show.segment.${segment.state}`)}</span>
        </div>
      )}
      {live && (
        <p className="muted" data-testid="show-drift">
          {Math.abs(show.driftMs) < onScheduleMs
            ? t('live.show.onSchedule')
            : show.driftMs > 0
              ? t('live.show.late', { time: clock(show.driftMs) })
              : t('live.show.onTime', { time: clock(-show.driftMs) })}{' '}
          · {t('live.show.projectedEnd', { time: new Date(show.projectedEndAt).toLocaleTimeString() })}
        </p>
      )}
      <div className="row">
        {!live && (
          <button
            className="primary"
            onClick={() => go.go(session.id)}
            disabled={go.busy}
            data-testid="show-start"
          >
            {t('live.show.start')}
          </button>
        )}
        {live && upcoming && (
          <button
            className="primary"
            onClick={() => go.go(session.id)}
            disabled={go.busy}
            data-testid="show-next"
          >
            {t('live.show.next', { name: name(upcoming.productId) })} <kbd>{nextKey}</kbd>
          </button>
        )}
        {live && (
          <button
            className="danger"
            onClick={() => void go.run(() => endLive(requireDatabase(), requireBridge(), session.id))}
            data-testid="show-end"
          >
            {t('live.show.end')}
          </button>
        )}
      </div>
      <ol className="rundown" data-testid="show-rundown">
        {session.rundown.map((item, index) => (
          <li
            key={`${item.productId}-${index}`}
            className={index === current ? 'on-air' : index < current ? 'done' : ''}
          >
            <span>
              {index + 1}号 {name(item.productId)} ·{' '}
              {t('live.rundown.minutesShort', { minutes: item.plannedMinutes })}
            </span>
            {live && index !== current && (
              <button onClick={() => go.go(session.id, item.productId)} disabled={go.busy}>
                {t('live.show.jump')}
              </button>
            )}
          </li>
        ))}
      </ol>
      {go.obsWarning && (
        <p className="warning" data-testid="show-obs-warning">
          {go.obsWarning}
        </p>
      )}
      <ErrorLine message={go.error} />
    </Card>
  );
}
