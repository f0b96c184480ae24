import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppError } from '../../../../app/contract/errors';
import type { GroupDoc } from '../../../../app/db/schemas/groups';
import type { ProductDoc } from '../../../../app/db/schemas/products';
import { buildCampaign } from '../../../../app/domain/campaigns/new-campaign';
import { formatFen, parseYuanToFen } from '../../../../app/domain/money';
import { requireDatabase } from '../../data/database-store';
import { ErrorLine } from '../../shared/ErrorLine';
import { useAction } from '../../shared/use-action';

interface Pick {
  price: string;
  perPerson: number;
  total: number;
}

/** datetime-local reads and writes the machine's local time, which is the store's. */
const toInput = (ms: number) =>
  new Date(ms - new Date(ms).getTimezoneOffset() * 60_000).toISOString().slice(0, 16);

export function NewCampaignForm({ products, groups }: { products: ProductDoc[]; groups: GroupDoc[] }) {
  const { t, i18n } = useTranslation();
  const day = 86_400_000;
  const [title, setTitle] = useState('');
  const [picks, setPicks] = useState<Record<string, Pick>>({});
  const [deadline, setDeadline] = useState(toInput(Date.now() + 2 * day));
  const [pickupFrom, setPickupFrom] = useState(toInput(Date.now() + 3 * day));
  const [pickupTo, setPickupTo] = useState(toInput(Date.now() + 3 * day + 10 * 3_600_000));
  const [place, setPlace] = useState('');
  const [delivery, setDelivery] = useState(false);
  const [groupIds, setGroupIds] = useState<string[]>([]);
  const [created, setCreated] = useState('');
  const { run, error } = useAction();

  const submit = () =>
    run(async () => {
      const items = Object.entries(picks).map(([productId, pick]) => {
        const priceFen = parseYuanToFen(pick.price);
        if (priceFen === null)
          throw new AppError('CAMPAIGN_INVALID', t('campaigns.create.badPrice', { text: pick.price }), {
            field: 'price',
          });
        return { productId, priceFen, perPersonLimit: pick.perPerson, totalLimit: pick.total };
      });
      const campaign = buildCampaign(
        {
          id: `c-${crypto.randomUUID()}`,
          title,
          items,
          groupIds,
          deadline: new Date(deadline).getTime(),
          pickupFrom: new Date(pickupFrom).getTime(),
          pickupTo: new Date(pickupTo).getTime(),
          pickupPlace: place,
          delivery,
        },
        Date.now(),
      );
      await requireDatabase().campaigns.insert(campaign);
      setCreated(t('campaigns.create.created', { title: campaign.title }));
      setPicks({});
      setTitle('');
    });

  return (
    <form
      className="form wide"
      data-testid="new-campaign"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <label>
        {t('campaigns.create.title')}
        <input
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          data-testid="campaign-title"
        />
      </label>
      <fieldset>
        <legend>{t('campaigns.create.pick')}</legend>
        {products.map((product) => {
          const pick = picks[product.id];
          return (
            <div className="row" key={product.id} data-product={product.sku}>
              <label>
                <input
                  type="checkbox"
                  checked={pick !== undefined}
                  onChange={(event) => {
                    const next = { ...picks };
                    if (event.target.checked)
                      next[product.id] = {
                        price: (product.priceFen / 100).toFixed(2),
                        perPerson: 0,
                        total: 0,
                      };
                    else delete next[product.id];
                    setPicks(next);
                  }}
                />
                {product.name} <small className="muted">{formatFen(product.priceFen, i18n.language)}</small>
              </label>
              {pick && (
                <>
                  <input
                    aria-label={t('campaigns.create.price')}
                    value={pick.price}
                    onChange={(event) =>
                      setPicks({ ...picks, [product.id]: { ...pick, price: event.target.value } })
                    }
                    data-testid={`price-${product.sku}`}
                  />
                  <input
                    type="number"
                    min={0}
                    aria-label={t('campaigns.create.perPerson')}
                    value={pick.perPerson}
                    onChange={(event) =>
                      setPicks({ ...picks, [product.id]: { ...pick, perPerson: Number(event.target.value) } })
                    }
                    data-testid={`per-person-${product.sku}`}
                  />
                  <input
                    type="number"
                    min={0}
                    aria-label={t('campaigns.create.total')}
                    value={pick.total}
                    onChange={(event) =>
                      setPicks({ ...picks, [product.id]: { ...pick, total: Number(event.target.value) } })
                    }
                    data-testid={`total-${product.sku}`}
                  />
                </>
              )}
            </div>
          );
        })}
      </fieldset>
      <div className="row">
        <label>
          {t('campaigns.create.deadline')}
          <input
            type="datetime-local"
            value={deadline}
            onChange={(event) => setDeadline(event.target.value)}
            data-testid="campaign-deadline"
          />
        </label>
        <label>
          {t('campaigns.create.pickupFrom')}
          <input
            type="datetime-local"
            value={pickupFrom}
            onChange={(event) => setPickupFrom(event.target.value)}
          />
        </label>
        <label>
          {t('campaigns.create.pickupTo')}
          <input
            type="datetime-local"
            value={pickupTo}
            onChange={(event) => setPickupTo(event.target.value)}
          />
        </label>
      </div>
      <label>
        {t('campaigns.create.place')}
        <input
          value={place}
          onChange={(event) => setPlace(event.target.value)}
          data-testid="campaign-place"
        />
      </label>
      <label>
        <input type="checkbox" checked={delivery} onChange={(event) => setDelivery(event.target.checked)} />{' '}
        {t('campaigns.create.delivery')}
      </label>
      <label>
        {t('campaigns.create.groups')}
        <select
          multiple
          value={groupIds}
          onChange={(event) => setGroupIds([...event.target.selectedOptions].map((option) => option.value))}
          data-testid="campaign-groups"
        >
          {groups.map((group) => (
            <option key={group.id} value={group.id}>
              {group.name}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="primary" data-testid="campaign-submit">
        {t('campaigns.create.submit')}
      </button>
      <ErrorLine message={error} />
      {created && (
        <p className="success" role="status" data-testid="campaign-created">
          {created}
        </p>
      )}
    </form>
  );
}
