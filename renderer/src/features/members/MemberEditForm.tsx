import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberDoc } from '../../../../app/db/schemas/members';
import { normalizeMainlandPhone } from '../../../../app/domain/members/phone';
import { requireDatabase } from '../../data/database-store';
import { ErrorLine } from '../../shared/ErrorLine';
import { useAction } from '../../shared/use-action';
import { saveProfile } from './member-service';

/** The profile fields an owner keeps up to date at the counter: phone, address, household, consent, notes. */
export function MemberEditForm({ member, onDone }: { member: MemberDoc; onDone: () => void }) {
  const { t } = useTranslation();
  const [phone, setPhone] = useState(member.phone.replace(/^\+86/, ''));
  const [address, setAddress] = useState(member.address);
  const [baby, setBaby] = useState(member.household.babyBirthMonth ?? '');
  const [elders, setElders] = useState(member.household.elders === true);
  const [pets, setPets] = useState(member.household.pets === true);
  const [consent, setConsent] = useState(member.consent);
  const [notes, setNotes] = useState(member.notes);
  const [nicknames, setNicknames] = useState(member.nicknames.join('，'));
  const [problem, setProblem] = useState('');
  const { run, error } = useAction();

  const submit = () => {
    const normalized = phone.trim() === '' ? '' : normalizeMainlandPhone(phone);
    if (normalized === null) return setProblem(t('members.edit.badPhone'));
    setProblem('');
    void run(async () => {
      await saveProfile(requireDatabase(), member.id, {
        phone: normalized,
        address,
        household: {
          ...(baby ? { babyBirthMonth: baby } : {}),
          ...(elders ? { elders } : {}),
          ...(pets ? { pets } : {}),
        },
        consent,
        notes: notes.slice(0, 2000),
        nicknames: [
          ...new Set(
            nicknames
              .split(/[,，、\n]/)
              .map((name) => name.trim().slice(0, 60))
              .filter(Boolean),
          ),
        ].slice(0, 50),
      });
      onDone();
    });
  };

  return (
    <form
      className="form"
      data-testid="member-edit"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <label>
        {t('members.edit.nicknames')}
        <input
          value={nicknames}
          onChange={(event) => setNicknames(event.target.value)}
          data-testid="edit-nicknames"
        />
      </label>
      <label>
        {t('members.phone')}
        <input value={phone} onChange={(event) => setPhone(event.target.value)} data-testid="edit-phone" />
      </label>
      <div className="row">
        {(['building', 'unit', 'room'] as const).map((part) => (
          <input
            key={part}
            value={address[part]}
            maxLength={20}
            placeholder={t(`members.edit.${part}`)}
            onChange={(event) => setAddress({ ...address, [part]: event.target.value })}
            data-testid={`edit-${part}`}
          />
        ))}
      </div>
      <label>
        {t('members.edit.baby')}
        <input
          type="month"
          value={baby}
          onChange={(event) => setBaby(event.target.value)}
          data-testid="edit-baby"
        />
      </label>
      <label>
        <input type="checkbox" checked={elders} onChange={(event) => setElders(event.target.checked)} />{' '}
        {t('members.detail.elders')}
      </label>
      <label>
        <input type="checkbox" checked={pets} onChange={(event) => setPets(event.target.checked)} />{' '}
        {t('members.detail.pets')}
      </label>
      <label>
        <input
          type="checkbox"
          checked={consent}
          onChange={(event) => setConsent(event.target.checked)}
          data-testid="edit-consent"
        />{' '}
        {t('members.edit.consent')}
      </label>
      <label>
        {t('members.detail.notes')}
        <textarea rows={3} value={notes} onChange={(event) => setNotes(event.target.value)} />
      </label>
      <button type="submit" className="primary" data-testid="edit-save">
        {t('members.edit.save')}
      </button>
      <ErrorLine message={problem || error} />
    </form>
  );
}
