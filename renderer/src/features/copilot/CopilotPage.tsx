import { useTranslation } from 'react-i18next';
import { useWatch } from '../../data/use-watch';
import { formatDateTime } from '../../shared/format';
import { Card, Empty, Page } from '../../shared/ui';
import { useLiveStore, watchLive } from '../live/live-store';

export function CopilotPage() {
  const { t, i18n } = useTranslation();
  useWatch(watchLive);
  const comments = useLiveStore((state) => state.lastComments);
  return (
    <Page title={t('copilot.heading')} testId="page-copilot">
      <p className="notice">{t('copilot.coming')}</p>
      <Card title={t('copilot.lastComments')}>
        {comments.length === 0 && <Empty>{t('common.empty')}</Empty>}
        <ul className="feed" data-testid="comments">
          {comments.map((comment) => (
            <li key={comment.id}>
              <time>{formatDateTime(comment.at, i18n.language)}</time> <b>{comment.nickname}</b>{' '}
              {comment.text}
            </li>
          ))}
        </ul>
      </Card>
    </Page>
  );
}
