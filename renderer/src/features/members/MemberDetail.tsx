import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberDoc } from '../../../../app/db/schemas/members';
import { babyAgeLabel } from '../../../../app/domain/members/household';
import { trustLevel, type TrustAssessment } from '../../../../app/domain/members/trust';
import { inferTags, type InferredTag } from '../../../../app/text/tag-inference';
import { requireDatabase, useDatabaseStore } from '../../data/database-store';
import { ErrorLine } from '../../shared/ErrorLine';
import { formatDate, maskPhone } from '../../shared/format';
import { useAction } from '../../shared/use-action';
import { MemberEditForm } from './MemberEditForm';
import { addTag, loadSegmenter, loadTagDictionary, memberMessages, memberOrders } from './member-service';

/** A neighbour at a glance: household, trust with the numbers behind it, and tags with their evidence. */
export function MemberDetail({ memberId, onClose }: { memberId: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const state = useDatabaseStore();
  const db = state.phase === 'ready' ? state.db : null;
  const [member, setMember] = useState<MemberDoc | null>(null);
  const [trust, setTrust] = useState<TrustAssessment | null>(null);
  const [inferred, setInferred] = useState<InferredTag[] | null>(null);
  const [tag, setTag] = useState('');
  const [editing, setEditing] = useState(false);
  const { run, error } = useAction();

  useEffect(() => {
    if (!db) return undefined;
    const subscription = db.members
      .findOne(memberId)
      .$.subscribe((doc) => setMember(doc ? doc.toMutableJSON() : null));
    void memberOrders(db, memberId).then((orders) => setTrust(trustLevel(orders, Date.now())));
    return () => subscription.unsubscribe();
  }, [db, memberId]);

  const nicknames = member?.nicknames.join('|') ?? '';
  useEffect(() => {
    if (!db || !member) return;
    setInferred(null);
    void run(async () => {
      const [messages, dictionary, segmenter] = await Promise.all([
        memberMessages(db, member),
        loadTagDictionary(db),
        loadSegmenter(),
      ]);
      setInferred(inferTags(messages, dictionary, segmenter));
    });
    // Keyed on the names the member is known by, so adopting a tag does not re-read every message.
  }, [db, memberId, nicknames]);

  if (!member) return null;
  const locale = i18n.language === 'en' ? 'en' : 'zh-CN';
  const baby = member.household.babyBirthMonth
    ? babyAgeLabel(member.household.babyBirthMonth, Date.now(), locale)
    : null;
  const household = [
    baby,
    member.household.elders ? t('members.detail.elders') : null,
    member.household.pets ? t('members.detail.pets') : null,
  ].filter(Boolean);
  const adopt = (name: string) => void run(() => addTag(requireDatabase(), member.id, name));

  return (
    <aside className="detail" data-testid="member-detail">
      <header>
        <h2>
          {member.nicknames[0] ?? member.name} <small>{member.name}</small>
        </h2>
        <button onClick={onClose} aria-label={t('members.detail.close')}>
          ✕
        </button>
      </header>
      <p className="mono">
        {maskPhone(member.phone)} · {member.address.building} {member.address.unit} {member.address.room}
      </p>
      <button type="button" onClick={() => setEditing(!editing)} data-testid="edit-open">
        {t('members.edit.open')}
      </button>
      {editing && <MemberEditForm key={member.updatedAt} member={member} onDone={() => setEditing(false)} />}
      {household.length > 0 && (
        <p data-testid="member-household">
          {t('members.detail.household')}：{household.join(' · ')}
        </p>
      )}
      <p>
        {t('members.detail.consent')}：
        {t(member.consent ? 'members.detail.consentYes' : 'members.detail.consentNo')} ·{' '}
        {formatDate(member.joinedAt, i18n.language)}
      </p>
      {trust && (
        <div className="trust" data-testid="member-trust">
          <span className={`badge trust-${trust.level}`}>{t(`members.trust.level.${trust.level}`)}</span>
          <p className="muted">
            {t('members.trust.numbers', {
              orders: trust.numbers.orders,
              activeMonths: trust.numbers.activeMonths,
              repurchase: Math.round(trust.numbers.repurchaseRate * 100),
              nps: trust.numbers.avgNps === null ? t('members.trust.noNps') : trust.numbers.avgNps.toFixed(1),
              refunds: trust.numbers.refunds,
            })}
          </p>
          <ul className="reasons">
            {trust.reasons.map((reason) => (
              <li key={reason}>{t(`members.trust.reasons.${reason}`)}</li>
            ))}
          </ul>
        </div>
      )}
      <h3>{t('members.detail.manualTags')}</h3>
      <p data-testid="member-tags">
        {member.tags.map((name) => (
          <span className="tag" key={name}>
            {name}
          </span>
        ))}
      </p>
      <form
        className="row"
        onSubmit={(event) => {
          event.preventDefault();
          adopt(tag);
          setTag('');
        }}
      >
        <input
          value={tag}
          onChange={(event) => setTag(event.target.value)}
          maxLength={30}
          data-testid="tag-input"
        />
        <button type="submit">{t('members.detail.addTag')}</button>
      </form>
      <h3>{t('members.detail.inferred')}</h3>
      <ErrorLine message={error} />
      {inferred === null ? (
        <p className="muted">{t('members.detail.loadingTags')}</p>
      ) : inferred.length === 0 ? (
        <p className="muted" data-testid="inferred-none">
          {t('members.detail.inferredNone')}
        </p>
      ) : (
        <ul className="feed" data-testid="inferred-tags">
          {inferred.map((found) => (
            <li key={found.tag}>
              <b>{found.tag}</b> · {t('members.detail.inferredHits', { count: found.hits })}
              {!member.tags.includes(found.tag) && (
                <button onClick={() => adopt(found.tag)} data-testid={`adopt-${found.tag}`}>
                  {t('members.detail.accept')}
                </button>
              )}
              <ul>
                {found.evidence.map((evidence) => (
                  <li key={`${evidence.at}-${evidence.keyword}`} className="muted">
                    「{evidence.text}」 ← {evidence.keyword}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
