import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { requireBridge } from '../../bridge/bridge-store';
import { useWatch } from '../../data/use-watch';
import { formatDateTime } from '../../shared/format';
import { Card, Empty, Page } from '../../shared/ui';
import { CaptionsPanel } from './captions/CaptionsPanel';
import { watchComplianceTerms } from './captions/compliance-terms';
import { TranscriptCard } from './captions/TranscriptCard';
import { HealthCard } from './HealthCard';
import { HotkeysCard } from './HotkeysCard';
import { isHotkeyCandidate, keyName, useHotkeyStore, watchHotkeys } from './hotkeys';
import { useLiveStore, watchLive } from './live-store';
import { ObsConnectionCard } from './ObsConnectionCard';
import { OutputsCard } from './OutputsCard';
import { RundownPlanner } from './RundownPlanner';
import { RunOfShowCard, useActiveSession, useGoLive } from './RunOfShowCard';
import { ScenesCard } from './ScenesCard';

/** The live console: OBS, the run-of-show, outputs and health, driven by keys while the host talks. */
export function LivePage() {
  const { t, i18n } = useTranslation();
  useWatch(watchLive);
  useWatch(watchHotkeys);
  useWatch(watchComplianceTerms);
  const { sessions, commentCounts } = useLiveStore();
  const keys = useHotkeyStore((state) => state.keys);
  const active = useActiveSession();
  const go = useGoLive();

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isHotkeyCandidate(event)) return;
      const name = keyName(event);
      if (name === keys.next && active?.status === 'live') {
        event.preventDefault();
        go.go(active.id);
        return;
      }
      const scene = Object.entries(keys.scenes).find(([, key]) => key === name)?.[0];
      if (scene) {
        event.preventDefault();
        void requireBridge()
          .call('obs.setScene', { sceneName: scene, target: 'auto' })
          .catch(() => undefined);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [keys, active, go]);

  return (
    <Page title={t('live.heading')} testId="page-live">
      <ObsConnectionCard />
      <RunOfShowCard go={go} />
      <CaptionsPanel sessionId={active?.id ?? null} />
      {active && <TranscriptCard sessionId={active.id} title={active.title} />}
      <ScenesCard />
      <OutputsCard />
      <HealthCard />
      <RundownPlanner />
      <HotkeysCard />
      <Card title={t('live.sessions')}>
        {sessions.length === 0 && <Empty>{t('common.empty')}</Empty>}
        <div className="grid" data-testid="live-sessions">
          {sessions.map((session) => (
            <div className="tile" key={session.id}>
              <strong>{session.title}</strong>
              <span className="badge">{t(`live.status.${session.status}`)}</span>
              <span>{formatDateTime(session.startedAt || session.createdAt, i18n.language)}</span>
              <span>
                {t('live.rundownCount', { count: session.rundown.length })} ·{' '}
                {t('live.comments', { count: commentCounts[session.id] ?? 0 })}
              </span>
            </div>
          ))}
        </div>
      </Card>
    </Page>
  );
}
