import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWatch } from '../../data/use-watch';
import { maskPhone } from '../../shared/format';
import { Card, Page } from '../../shared/ui';
import { BroadcastPanel } from './BroadcastPanel';
import { DuplicatesPanel } from './DuplicatesPanel';
import { EventsPanel } from './EventsPanel';
import { GroupRoster } from './GroupRoster';
import { GroupTile } from './GroupTile';
import { MemberDetail } from './MemberDetail';
import { groupSizes, listLimit, useMembersStore, watchMembers } from './members-store';
import { TagDictionaryEditor } from './TagDictionaryEditor';

export function MembersPage() {
  const { t } = useTranslation();
  useWatch(watchMembers);
  const { members, groups, total, products } = useMembersStore();
  const sizes = useMemo(() => groupSizes(members), [members]);
  const [openId, setOpenId] = useState<string | null>(null);
  const knownTags = useMemo(() => [...new Set(members.flatMap((member) => member.tags))].sort(), [members]);
  return (
    <Page title={t('members.heading')} testId="page-members">
      <Card title={t('members.groups')}>
        <div className="grid" data-testid="groups">
          {groups.map((group) => (
            <GroupTile key={group.id} group={group} size={sizes.get(group.id) ?? 0} />
          ))}
        </div>
      </Card>
      <Card title={t('members.list')}>
        <p className="muted" data-testid="members-total">
          {t('members.total', { count: total })}
        </p>
        <table className="table clickable" data-testid="members-table">
          <thead>
            <tr>
              <th>{t('members.name')}</th>
              <th>{t('members.nickname')}</th>
              <th>{t('members.phone')}</th>
              <th>{t('members.tags')}</th>
              <th>{t('members.address')}</th>
            </tr>
          </thead>
          <tbody>
            {members.slice(0, listLimit).map((member) => (
              <tr key={member.id} onClick={() => setOpenId(member.id)}>
                <td>{member.name}</td>
                <td>{member.nicknames.join(' / ')}</td>
                <td className="mono">{maskPhone(member.phone)}</td>
                <td>
                  {member.tags.map((tag) => (
                    <span className="tag" key={tag}>
                      {tag}
                    </span>
                  ))}
                </td>
                <td>
                  {member.address.building} {member.address.unit}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
      <Card title={t('members.broadcast.heading')}>
        <BroadcastPanel groups={groups} products={products} tags={knownTags} />
      </Card>
      <Card title={t('members.events.heading')}>
        <EventsPanel members={members} />
      </Card>
      <Card title={t('members.roster.heading')}>
        <GroupRoster groups={groups} members={members} />
      </Card>
      <Card title={t('members.duplicates.heading')}>
        <DuplicatesPanel members={members} />
      </Card>
      <Card title={t('members.dictionary.heading')}>
        <TagDictionaryEditor />
      </Card>
      {openId && <MemberDetail memberId={openId} onClose={() => setOpenId(null)} />}
    </Page>
  );
}
