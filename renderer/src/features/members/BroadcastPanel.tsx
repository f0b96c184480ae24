import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupDoc } from '../../../../app/db/schemas/groups';
import type { ProductDoc } from '../../../../app/db/schemas/products';
import { describeAudience, type AudienceFilter } from '../../../../app/domain/broadcast/audience';
import { defaultTemplates } from '../../../../app/domain/broadcast/default-templates';
import type { BroadcastPlan } from '../../../../app/domain/broadcast/draft';
import { broadcastSheet } from '../../../../app/domain/broadcast/export';
import { toXlsx } from '../../../../app/domain/export/xlsx';
import { requireDatabase } from '../../data/database-store';
import { ErrorLine } from '../../shared/ErrorLine';
import { useAction } from '../../shared/use-action';
import { downloadBytes } from '../orders/services/pick-list-export';
import { draftBroadcast, markSent } from './broadcast-service';
import { OptionSelect, productOptions } from '../../shared/OptionSelect';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A targeted broadcast draft: who, what text per person, how many, then copy/export and record it as sent. */
export function BroadcastPanel({
  groups,
  products,
  tags,
}: {
  groups: GroupDoc[];
  products: ProductDoc[];
  tags: string[];
}) {
  const { t } = useTranslation();
  const [groupIds, setGroupIds] = useState<string[]>([]);
  const [anyTags, setAnyTags] = useState<string[]>([]);
  const [boughtId, setBoughtId] = useState('');
  const [days, setDays] = useState(60);
  const [templateId, setTemplateId] = useState(defaultTemplates[0]?.id ?? '');
  const [text, setText] = useState(defaultTemplates[0]?.body ?? '');
  const [productId, setProductId] = useState('');
  const [plan, setPlan] = useState<BroadcastPlan | null>(null);
  const [notice, setNotice] = useState('');
  const { run, error } = useAction();
  const product = products.find((p) => p.id === productId);
  const filter: AudienceFilter = {
    requireConsent: true,
    ...(groupIds.length ? { groupIds } : {}),
    ...(anyTags.length ? { tags: { any: anyTags } } : {}),
    ...(boughtId ? { boughtProduct: { productId: boughtId, withinDays: days } } : {}),
  };
  const audience = describeAudience(filter, new Map(products.map((p) => [p.id, p.name])), {
    groupNames: new Map(groups.map((g) => [g.id, g.name])),
  });
  const draft = () =>
    run(async () => {
      setNotice('');
      setPlan(
        await draftBroadcast(
          requireDatabase(),
          filter,
          text,
          product ? { product: product.name, priceFen: product.priceFen } : {},
        ),
      );
    });
  const multi = (event: React.ChangeEvent<HTMLSelectElement>) =>
    [...event.target.selectedOptions].map((option) => option.value);

  return (
    <div className="form wide" data-testid="broadcast">
      <div className="row">
        <select
          multiple
          value={groupIds}
          onChange={(event) => setGroupIds(multi(event))}
          aria-label={t('members.broadcast.groups')}
          data-testid="bc-groups"
        >
          {groups.map((g) => (
            <option key={g.id} value={g.id}>
              {g.name}
            </option>
          ))}
        </select>
        <select
          multiple
          value={anyTags}
          onChange={(event) => setAnyTags(multi(event))}
          aria-label={t('members.broadcast.tags')}
          data-testid="bc-tags"
        >
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
        <label>
          {t('members.broadcast.bought')}
          <OptionSelect
            value={boughtId}
            onChange={setBoughtId}
            options={productOptions(products)}
            none={t('members.broadcast.anyone')}
            label={t('members.broadcast.bought')}
            testId="bc-bought"
          />
          <input
            type="number"
            min={1}
            max={365}
            value={days}
            onChange={(event) => setDays(Number(event.target.value))}
            aria-label={t('members.broadcast.days')}
          />
        </label>
      </div>
      <p className="muted" data-testid="bc-audience">
        {audience}
      </p>
      <div className="row">
        <select
          value={templateId}
          onChange={(event) => {
            setTemplateId(event.target.value);
            setText(defaultTemplates.find((template) => template.id === event.target.value)?.body ?? '');
          }}
          aria-label={t('members.broadcast.template')}
        >
          {defaultTemplates.map((template) => (
            <option key={template.id} value={template.id}>
              {template.title}
            </option>
          ))}
        </select>
        <OptionSelect
          value={productId}
          onChange={setProductId}
          options={productOptions(products)}
          none={t('members.broadcast.product')}
          label={t('members.broadcast.product')}
          testId="bc-product"
        />
      </div>
      <textarea
        rows={4}
        value={text}
        onChange={(event) => setText(event.target.value)}
        data-testid="bc-text"
      />
      <button type="button" className="primary" onClick={() => void draft()} data-testid="bc-draft">
        {t('members.broadcast.draft')}
      </button>
      <ErrorLine message={error} />
      {plan && (
        <div data-testid="bc-plan">
          <p data-testid="bc-count">
            {t('members.broadcast.count', {
              count: plan.drafts.length,
              noConsent: plan.excluded.filter((e) => e.reason === 'noConsent').length,
              capped: plan.excluded.filter((e) => e.reason === 'frequencyCap').length,
            })}
          </p>
          {plan.check.unknown.length > 0 && (
            <p className="warning">
              {t('members.broadcast.unknown', { fields: plan.check.unknown.join('、') })}
            </p>
          )}
          <ul className="feed">
            {plan.drafts.slice(0, 5).map((item) => (
              <li key={item.member.id}>{item.text}</li>
            ))}
          </ul>
          <div className="row">
            <button
              type="button"
              onClick={() =>
                void navigator.clipboard.writeText(plan.drafts.map((item) => item.text).join('\n\n'))
              }
            >
              {t('members.broadcast.copy')}
            </button>
            <button
              type="button"
              onClick={() =>
                void run(async () =>
                  downloadBytes(await toXlsx([broadcastSheet(plan.drafts)]), `${audience}.xlsx`, xlsxType),
                )
              }
              data-testid="bc-export"
            >
              {t('members.broadcast.export')}
            </button>
            <button
              type="button"
              className="primary"
              disabled={plan.drafts.length === 0}
              data-testid="bc-sent"
              onClick={() =>
                void run(async () => {
                  await markSent(requireDatabase(), plan, templateId, audience);
                  setNotice(t('members.broadcast.recorded', { count: plan.drafts.length }));
                  setPlan(null);
                })
              }
            >
              {t('members.broadcast.markSent')}
            </button>
          </div>
        </div>
      )}
      {notice && (
        <p className="success" role="status" data-testid="bc-notice">
          {notice}
        </p>
      )}
    </div>
  );
}
