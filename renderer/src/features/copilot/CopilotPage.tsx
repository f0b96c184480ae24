import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useWatch } from '../../data/use-watch';
import { errorMessage } from '../../i18n/error-message';
import { ErrorLine } from '../../shared/ErrorLine';
import { Page } from '../../shared/ui';
import { useLiveStore, watchLive } from '../live/live-store';
import { useActiveSession } from '../live/RunOfShowCard';
import { DigestCard } from './DigestCard';
import { DraftsCard } from './DraftsCard';
import { FeedCard } from './FeedCard';
import { HandoffCard } from './HandoffCard';
import { ImportCard } from './ImportCard';
import { RehearsalCard } from './RehearsalCard';
import { rundownContext } from './rundown-context';
import { SuggestionsCard } from './SuggestionsCard';
import { useDigest } from './use-digest';
import { useFeed } from './use-feed';

/** 直播助手: the comments of the show on air (or of the last one), with drafts, digest, lines and hand-off. */
export function CopilotPage() {
  const { t, i18n } = useTranslation();
  useWatch(watchLive);
  const active = useActiveSession();
  const latest = useLiveStore((state) => state.sessions[0]);
  const products = useLiveStore((state) => state.products);
  // With nothing on air or planned, the last show's comments are still worth a look back.
  const session = active ?? latest;
  const locale = i18n.language === 'en' ? 'en' : 'zh-CN';
  const feed = useFeed(session?.id);
  const digest = useDigest(session, locale);
  const context = useMemo(
    () =>
      rundownContext(session ?? { rundown: [] }, new Map(products.map((product) => [product.id, product]))),
    [session, products],
  );
  return (
    <Page title={t('copilot.heading')} testId="page-copilot">
      {session ? (
        <p className="muted">{t('copilot.session', { title: session.title })}</p>
      ) : (
        <p className="notice">{t('copilot.noSession')}</p>
      )}
      {active && <RehearsalCard />}
      {active && <ImportCard />}
      {active && <DraftsCard sessionId={active.id} />}
      <FeedCard feed={feed} context={context} />
      {session && (
        <>
          <ErrorLine message={digest.error === null ? '' : errorMessage(t, digest.error)} />
          <DigestCard digest={digest.value?.digest ?? null} />
          <SuggestionsCard session={session} value={digest.value} locale={locale} />
          {digest.value && digest.value.comments.length > 0 && (
            <HandoffCard session={session} value={digest.value} locale={locale} />
          )}
        </>
      )}
    </Page>
  );
}
