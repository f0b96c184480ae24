import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberDoc } from '../../../../app/db/schemas/members';
import { findDuplicates } from '../../../../app/domain/members/identity';
import { requireDatabase } from '../../data/database-store';
import { ErrorLine } from '../../shared/ErrorLine';
import { maskPhone } from '../../shared/format';
import { useAction } from '../../shared/use-action';
import { mergeGroup } from './member-service';

/** Likely duplicates with the reason, and a merge that keeps every order. */
export function DuplicatesPanel({ members }: { members: MemberDoc[] }) {
  const { t } = useTranslation();
  const groups = useMemo(() => findDuplicates(members), [members]);
  const byId = useMemo(() => new Map(members.map((member) => [member.id, member])), [members]);
  const [notice, setNotice] = useState('');
  const { run, error } = useAction();
  return (
    <div data-testid="duplicates">
      <ErrorLine message={error} />
      {notice && (
        <p className="success" role="status" data-testid="merge-notice">
          {notice}
        </p>
      )}
      {groups.length === 0 && <p className="muted">{t('members.duplicates.none')}</p>}
      <ul className="feed">
        {groups.map((group) => (
          <li key={group.memberIds.join()} data-testid="duplicate-group">
            <b>{t(`members.duplicates.reason.${group.reason}`)}</b> {group.shared} ·{' '}
            {t('members.duplicates.confidence', { value: Math.round(group.confidence * 100) })}
            <div>
              {group.memberIds.map((id) => {
                const member = byId.get(id);
                return (
                  <span className="tag" key={id}>
                    {member?.nicknames[0] ?? id} {member?.name} {maskPhone(member?.phone ?? '')}
                  </span>
                );
              })}
            </div>
            <button
              data-testid="merge"
              onClick={() =>
                void run(async () => {
                  const merged = await mergeGroup(requireDatabase(), group);
                  setNotice(t('members.duplicates.merged', merged));
                })
              }
            >
              {t('members.duplicates.merge')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
