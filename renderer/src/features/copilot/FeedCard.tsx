import { useTranslation } from 'react-i18next';
import type { LiveFeedDoc } from '../../../../app/db/schemas/live-feed';
import { parseComment } from '../../../../app/text/intent';
import { errorMessage } from '../../i18n/error-message';
import { ErrorLine } from '../../shared/ErrorLine';
import { formatDateTime } from '../../shared/format';
import { Card, Empty } from '../../shared/ui';
import { useCopilotStore } from './copilot-store';
import type { RundownContext } from './rundown-context';

/** The latest comments, each with what the copilot read in it, so the owner can see why a draft appeared. */
export function FeedCard({ feed, context }: { feed: readonly LiveFeedDoc[]; context: RundownContext }) {
  const { t, i18n } = useTranslation();
  const saveError = useCopilotStore((state) => state.saveError);
  return (
    <Card title={t('copilot.feed.heading')}>
      <ErrorLine
        message={
          saveError === null ? '' : t('copilot.feed.saveFailed', { reason: errorMessage(t, saveError) })
        }
      />
      {feed.length === 0 && <Empty>{t('copilot.feed.empty')}</Empty>}
      <ul className="feed" data-testid="comments">
        {feed.map((comment) => {
          const { intent, link, qty } = parseComment(comment.text, context.index);
          return (
            <li key={comment.id} data-intent={intent}>
              <time>{formatDateTime(comment.at, i18n.language)}</time>{' '}
              <span className="badge">{t(`copilot.intent.${intent}`)}</span>
              {link !== null && <span className="muted"> {t('copilot.feed.link', { link })}</span>}
              {qty !== null && <span className="muted"> {t('copilot.feed.qty', { qty })}</span>}{' '}
              <b>{comment.nickname}</b> {comment.text}
            </li>
          );
        })}
      </ul>
    </Card>
  );
}
