import { useTranslation } from 'react-i18next';
import { useWatch } from '../../data/use-watch';
import { formatDateTime } from '../../shared/format';
import { Card, Empty, Page } from '../../shared/ui';
import { useLiveStore, watchLive } from './live-store';

export function LivePage() {
  const { t, i18n } = useTranslation();
  useWatch(watchLive);
  const { sessions, commentCounts } = useLiveStore();
  return (
    <Page title={t('live.heading')} testId="page-live">
      <p className="notice">{t('live.coming')}</p>
      <Card title={t('live.sessions')}>
        {sessions.length === 0 && <Empty>{t('common.empty')}</Empty>}
        <div className="grid" data-testid="live-sessions">
          {sessions.map((session) => (
            <div className="tile" key={session.id}>
              <strong>{session.title}</strong>
              <span className="badge">{t(`live.status.${session.status}`)}</span>
              <span>{formatDateTime(session.startedAt, i18n.language)}</span>
              <span>
                {t('live.rundown', { count: session.rundown.length })} ·{' '}
                {t('live.comments', { count: commentCounts[session.id] ?? 0 })}
              </span>
            </div>
          ))}
        </div>
      </Card>
    </Page>
  );
}
