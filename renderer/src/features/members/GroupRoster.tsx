import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupDoc } from '../../../../app/db/schemas/groups';
import type { MemberDoc } from '../../../../app/db/schemas/members';
import { planRoster, type RosterPlan } from '../../../../app/domain/members/group-roster';
import { requireDatabase } from '../../data/database-store';
import { ErrorLine } from '../../shared/ErrorLine';
import { useAction } from '../../shared/use-action';
import { applyRoster, saveGroupChat } from './member-service';

/** Paste a group's member list (or a CSV of it): see who is known, who is new, then add them to the group. */
export function GroupRoster({ groups, members }: { groups: GroupDoc[]; members: MemberDoc[] }) {
  const { t } = useTranslation();
  const [groupId, setGroupId] = useState(groups[0]?.id ?? '');
  const [text, setText] = useState('');
  const [plan, setPlan] = useState<RosterPlan | null>(null);
  const [done, setDone] = useState('');
  const [chat, setChat] = useState('');
  const { run, error } = useAction();
  const target = groupId || groups[0]?.id || '';
  return (
    <div className="form wide" data-testid="group-roster">
      <select
        value={target}
        onChange={(event) => setGroupId(event.target.value)}
        data-testid="roster-group"
        aria-label={t('members.roster.group')}
      >
        {groups.map((group) => (
          <option key={group.id} value={group.id}>
            {group.name}
          </option>
        ))}
      </select>
      <textarea
        rows={5}
        value={text}
        onChange={(event) => setText(event.target.value)}
        placeholder={t('members.roster.paste')}
        data-testid="roster-text"
      />
      <button
        type="button"
        onClick={() => {
          setDone('');
          setPlan(planRoster(text, target, members));
        }}
        data-testid="roster-preview"
      >
        {t('members.roster.preview')}
      </button>
      {plan && (
        <div data-testid="roster-plan">
          <p>
            {t('members.roster.summary', {
              matched: plan.matched.length,
              fresh: plan.fresh.length,
              already: plan.already,
              skipped: plan.skipped.length,
            })}
          </p>
          <ul className="feed">
            {plan.matched.map((hit) => (
              <li key={hit.line}>
                {hit.name} · {t(`members.roster.by.${hit.by}`)}
              </li>
            ))}
            {plan.fresh.map((line) => (
              <li key={line.line}>
                {line.name} · <span className="badge warn">{t('members.roster.new')}</span>
              </li>
            ))}
          </ul>
          <button
            className="primary"
            disabled={plan.matched.length + plan.fresh.length === 0}
            data-testid="roster-confirm"
            onClick={() =>
              void run(async () => {
                const added = await applyRoster(requireDatabase(), target, plan);
                setPlan(null);
                setText('');
                setDone(t('members.roster.done', { count: added }));
              })
            }
          >
            {t('members.roster.confirm')}
          </button>
        </div>
      )}
      <textarea
        rows={5}
        spellCheck={false}
        value={chat}
        onChange={(event) => setChat(event.target.value)}
        placeholder={t('members.roster.chat')}
        data-testid="chat-text"
      />
      <button
        type="button"
        disabled={chat.trim() === ''}
        data-testid="chat-save"
        onClick={() =>
          void run(async () => {
            const saved = await saveGroupChat(requireDatabase(), target, chat);
            setChat('');
            setDone(t('members.roster.chatSaved', { count: saved }));
          })
        }
      >
        {t('members.roster.chatSave')}
      </button>
      <ErrorLine message={error} />
      {done && (
        <p className="success" role="status" data-testid="roster-done">
          {done}
        </p>
      )}
    </div>
  );
}
