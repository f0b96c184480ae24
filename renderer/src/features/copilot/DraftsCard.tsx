import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberDoc } from '../../../../app/db/schemas/members';
import { requireDatabase, requireStoreKey, useDatabaseStore } from '../../data/database-store';
import { watchDocs } from '../../data/watch';
import { ErrorLine } from '../../shared/ErrorLine';
import { OptionSelect } from '../../shared/OptionSelect';
import { Card, Empty } from '../../shared/ui';
import { useAction } from '../../shared/use-action';
import { useLiveStore } from '../live/live-store';
import { removeDraft, selectSessionDrafts, useCopilotStore } from './copilot-store';
import { confirmDraft } from './draft-service';
import type { DraftLine } from './drafts';

function useMembers(): MemberDoc[] {
  const db = useDatabaseStore((state) => (state.phase === 'ready' ? state.db : null));
  const [members, setMembers] = useState<MemberDoc[]>([]);
  useEffect(() => {
    if (!db) return undefined;
    const subscription = watchDocs(db.members.find().$, setMembers);
    return () => subscription.unsubscribe();
  }, [db]);
  return members;
}

/** The name the viewer goes by in this live when it is one of the member's, so pickup finds the order. */
const nameOf = (member: MemberDoc, nickname: string): string =>
  member.nicknames.includes(nickname) ? nickname : (member.nicknames[0] ?? member.name);

function DraftRow({ draft, members }: { draft: DraftLine; members: readonly MemberDoc[] }) {
  const { t } = useTranslation();
  const products = useLiveStore((state) => state.products);
  const matched = members.find((member) => member.nicknames.includes(draft.nickname));
  // Until the owner picks, the member whose nickname matches is assumed (members load after the drafts).
  const [picked, setPicked] = useState<string | null>(null);
  const memberId = picked ?? matched?.id ?? '';
  const { run, error, busy } = useAction();
  const member = members.find((candidate) => candidate.id === memberId);
  const confirm = async () => {
    const order = await run(() =>
      confirmDraft(
        requireDatabase(),
        requireStoreKey(),
        draft,
        member ? { id: member.id, name: nameOf(member, draft.nickname) } : null,
      ),
    );
    if (order) removeDraft(draft.key);
  };
  return (
    <tr data-testid="draft">
      <td data-testid="draft-nickname">{draft.nickname}</td>
      <td>
        <OptionSelect
          value={memberId}
          onChange={setPicked}
          none={t('copilot.drafts.newNeighbour')}
          options={members.map((candidate) => ({ value: candidate.id, label: candidate.name }))}
          label={t('copilot.drafts.member')}
        />
      </td>
      <td>
        {t('copilot.feed.link', { link: draft.link })}{' '}
        {products.find((product) => product.id === draft.productId)?.name ?? draft.productId}
      </td>
      <td>{draft.qty}</td>
      <td>
        <button type="button" disabled={busy} onClick={() => void confirm()} data-testid="draft-confirm">
          {t('copilot.drafts.confirm')}
        </button>
        <ErrorLine message={error} />
      </td>
    </tr>
  );
}

/** Buys heard in the comments; the owner confirms each into a real order (or lets it lapse). */
export function DraftsCard({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const all = useCopilotStore((state) => state.drafts);
  const drafts = useMemo(() => selectSessionDrafts(all, sessionId), [all, sessionId]);
  const members = useMembers();
  return (
    <Card title={t('copilot.drafts.heading')}>
      {drafts.length === 0 ? (
        <Empty>{t('copilot.drafts.empty')}</Empty>
      ) : (
        <table data-testid="drafts">
          <thead>
            <tr>
              <th>{t('copilot.drafts.nickname')}</th>
              <th>{t('copilot.drafts.member')}</th>
              <th>{t('copilot.drafts.product')}</th>
              <th>{t('copilot.drafts.qty')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {drafts.map((draft) => (
              <DraftRow key={draft.key} draft={draft} members={members} />
            ))}
          </tbody>
        </table>
      )}
    </Card>
  );
}
