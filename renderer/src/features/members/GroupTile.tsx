import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ownerRoles, type GroupDoc } from '../../../../app/db/schemas/groups';
import { requireDatabase } from '../../data/database-store';

/** A group with the owner's role in it and notes, both edited in place. */
export function GroupTile({ group, size }: { group: GroupDoc; size: number }) {
  const { t } = useTranslation();
  const [notes, setNotes] = useState(group.notes);
  const save = (patch: Partial<Pick<GroupDoc, 'ownerRole' | 'notes'>>) =>
    void requireDatabase()
      .groups.findOne(group.id)
      .exec()
      .then((doc) => doc?.incrementalPatch({ ...patch, updatedAt: Date.now() }));
  return (
    <div className="tile" data-testid="group-tile">
      <strong>{group.name}</strong>
      <span>
        <select
          value={group.ownerRole}
          onChange={(event) => save({ ownerRole: event.target.value as GroupDoc['ownerRole'] })}
          aria-label={t('members.groupRole')}
          data-testid="group-role"
        >
          {ownerRoles.map((role) => (
            <option key={role} value={role}>
              {t(`members.role.${role}`)}
            </option>
          ))}
        </select>{' '}
        · {t('members.groupMembers', { count: size })}
      </span>
      <textarea
        rows={2}
        value={notes}
        maxLength={2000}
        onChange={(event) => setNotes(event.target.value)}
        onBlur={() => notes !== group.notes && save({ notes })}
        aria-label={t('members.detail.notes')}
      />
    </div>
  );
}
