import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveSessionDoc } from '../../../../app/db/schemas/live-sessions';
import { draftHandoff, type CopilotLocale } from '../../../../app/domain/copilot';
import { Card, Empty } from '../../shared/ui';
import { CopyButton } from './CopyButton';
import { selectSessionDrafts, useCopilotStore } from './copilot-store';
import { handoffInput } from './handoff-input';
import type { SessionDigest } from './use-digest';

/** 直播结束后: the 接龙 post carrying the buys nobody confirmed, and a message for each viewer who only asked. */
export function HandoffCard({
  session,
  value,
  locale,
}: {
  session: LiveSessionDoc;
  value: SessionDigest;
  locale: CopilotLocale;
}) {
  const { t } = useTranslation();
  const all = useCopilotStore((state) => state.drafts);
  const handoff = useMemo(
    () =>
      draftHandoff(
        handoffInput({
          sessionTitle: session.title,
          products: value.products,
          comments: value.comments,
          drafts: selectSessionDrafts(all, session.id),
          // A show still on air is handed off as of now; value.digest.windowEnd is that moment.
          endedAt: session.endedAt > 0 ? session.endedAt : value.digest.windowEnd,
          locale,
        }),
      ),
    [session, value, all, locale],
  );
  return (
    <Card title={t('copilot.handoff.heading')}>
      <p className="muted">{t('copilot.handoff.hint')}</p>
      <h3>{t('copilot.handoff.post')}</h3>
      <textarea readOnly rows={10} value={handoff.jielongPost} data-testid="handoff-post" />
      <div className="row">
        <CopyButton text={handoff.jielongPost} testId="handoff-copy" />
      </div>
      <h3>{t('copilot.handoff.followUp')}</h3>
      {handoff.followUp.length === 0 ? (
        <Empty>{t('copilot.handoff.noFollowUp')}</Empty>
      ) : (
        <ul data-testid="handoff-followup">
          {handoff.followUp.map((item) => (
            <li key={item.nickname}>
              <b>{item.nickname}</b> {item.message} <CopyButton text={item.message} />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
