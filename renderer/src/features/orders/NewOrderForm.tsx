import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignDoc } from '../../../../app/db/schemas/campaigns';
import type { MemberDoc } from '../../../../app/db/schemas/members';
import type { OrderDoc } from '../../../../app/db/schemas/orders';
import type { ProductDoc } from '../../../../app/db/schemas/products';
import type { PayMethod } from '../../../../app/domain/orders/order-actions';
import { formatPickupCode } from '../../../../app/domain/pickup/numeric-code';
import { requireDatabase, requireStoreKey } from '../../data/database-store';
import { ErrorLine } from '../../shared/ErrorLine';
import { maskPhone } from '../../shared/format';
import { useAction } from '../../shared/use-action';
import { ownerName } from './OrderDetail';
import { createOrder } from './services/order-service';
import { OptionSelect, productOptions } from '../../shared/OptionSelect';

interface Line {
  productId: string;
  qty: number;
}

const payChoices: (PayMethod | '')[] = ['', 'wechat', 'alipay', 'cash', 'iou'];

/** Taking an order at the counter: who, what, how many, and whether they pay now. */
export function NewOrderForm() {
  const { t } = useTranslation();
  const [products, setProducts] = useState<ProductDoc[]>([]);
  const [campaigns, setCampaigns] = useState<CampaignDoc[]>([]);
  const [members, setMembers] = useState<MemberDoc[]>([]);
  const [memberQuery, setMemberQuery] = useState('');
  const [memberId, setMemberId] = useState('');
  const [campaignId, setCampaignId] = useState('');
  const [lines, setLines] = useState<Line[]>([{ productId: '', qty: 1 }]);
  const [building, setBuilding] = useState('');
  const [pay, setPay] = useState<PayMethod | ''>('wechat');
  const [created, setCreated] = useState<OrderDoc | null>(null);
  const { run, error, busy } = useAction();

  useEffect(() => {
    const db = requireDatabase();
    void db.products
      .find({ selector: { active: true } })
      .exec()
      .then((docs) => setProducts(docs.map((d) => d.toMutableJSON())));
    void db.campaigns
      .find({ selector: { status: 'open' } })
      .exec()
      .then((docs) => setCampaigns(docs.map((d) => d.toMutableJSON())));
  }, []);

  useEffect(() => {
    const needle = memberQuery.trim();
    if (needle.length < 1) return setMembers([]);
    void requireDatabase()
      .members.find()
      .exec()
      .then((docs) =>
        setMembers(
          docs
            .filter(
              (m) =>
                m.nicknames.some((n) => n.includes(needle)) ||
                m.name.includes(needle) ||
                (/^\d{4}$/.test(needle) && m.phone.endsWith(needle)),
            )
            .slice(0, 20)
            .map((d) => d.toMutableJSON()),
        ),
      );
  }, [memberQuery]);

  const member = members.find((m) => m.id === memberId) ?? null;
  const campaign = campaigns.find((c) => c.id === campaignId);
  const choices = campaign
    ? products.filter((p) => campaign.items.some((item) => item.productId === p.id))
    : products;
  const setLine = (index: number, patch: Partial<Line>) =>
    setLines(lines.map((line, i) => (i === index ? { ...line, ...patch } : line)));

  const submit = async () => {
    const order = await run(() =>
      createOrder(requireDatabase(), requireStoreKey(), {
        source: 'walkin',
        member: member ? { id: member.id, name: member.nicknames[0] ?? member.name } : null,
        campaignId,
        lines: lines.filter((line) => line.productId !== ''),
        fulfilment: building.trim() ? 'delivery' : 'pickup',
        building: building.trim(),
        payNow: pay === '' ? null : pay,
        by: ownerName,
      }),
    );
    if (!order) return;
    setCreated(order);
    setLines([{ productId: '', qty: 1 }]);
  };

  return (
    <form
      className="form card"
      data-testid="new-order"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <label>
        {t('orders.newOrder.member')}
        <input
          value={memberQuery}
          onChange={(event) => setMemberQuery(event.target.value)}
          data-testid="member-query"
        />
        <select
          value={memberId}
          onChange={(event) => setMemberId(event.target.value)}
          data-testid="member-pick"
        >
          <option value="">{t('orders.newOrder.memberNone')}</option>
          {members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.nicknames[0] ?? m.name} · {m.name} · {maskPhone(m.phone)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('orders.newOrder.campaign')}
        <select
          value={campaignId}
          onChange={(event) => setCampaignId(event.target.value)}
          data-testid="campaign-pick"
        >
          <option value="">{t('orders.newOrder.campaignNone')}</option>
          {campaigns.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title}
            </option>
          ))}
        </select>
      </label>
      {lines.map((line, index) => (
        <div className="row" key={index}>
          <OptionSelect
            value={line.productId}
            onChange={(productId) => setLine(index, { productId })}
            options={productOptions(choices)}
            none={t('orders.newOrder.product')}
            label={t('orders.newOrder.product')}
            testId={`line-product-${index}`}
          />
          <input
            type="number"
            min={1}
            max={10000}
            value={line.qty}
            onChange={(event) => setLine(index, { qty: Number(event.target.value) })}
            data-testid={`line-qty-${index}`}
            aria-label={t('orders.newOrder.qty')}
          />
          {lines.length > 1 && (
            <button type="button" onClick={() => setLines(lines.filter((_, i) => i !== index))}>
              {t('orders.newOrder.removeLine')}
            </button>
          )}
        </div>
      ))}
      <button
        type="button"
        onClick={() => setLines([...lines, { productId: '', qty: 1 }])}
        data-testid="add-line"
      >
        {t('orders.newOrder.addLine')}
      </button>
      <label>
        {t('orders.newOrder.building')}
        <input value={building} maxLength={20} onChange={(event) => setBuilding(event.target.value)} />
      </label>
      <label>
        {t('orders.newOrder.payNow')}
        <select
          value={pay}
          onChange={(event) => setPay(event.target.value as PayMethod | '')}
          data-testid="pay-now"
        >
          {payChoices.map((m) => (
            <option key={m} value={m}>
              {m === '' ? t('orders.newOrder.payLater') : t(`orders.payment.${m}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="primary" disabled={busy} data-testid="submit-order">
        {t('orders.newOrder.submit')}
      </button>
      <ErrorLine message={error} />
      {created && (
        <p className="notice" role="status" data-testid="order-created">
          {t('orders.newOrder.created', { no: created.no, code: formatPickupCode(created.pickupCode) })}
        </p>
      )}
    </form>
  );
}
