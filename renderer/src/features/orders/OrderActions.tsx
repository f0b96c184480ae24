import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { refundReasons, type OrderDoc, type RefundReason } from '../../../../app/db/schemas/orders';
import type { OrderAction, OrderActionType, PayMethod } from '../../../../app/domain/orders/order-actions';
import { allowedActions } from '../../../../app/domain/orders/transitions';

const payMethods: PayMethod[] = ['wechat', 'alipay', 'cash', 'iou'];
/** Actions that need the owner to say more before they run. */
const needsInput = new Set<OrderActionType>(['pay', 'markReady', 'cancel', 'refund', 'changeQty', 'pickUp']);

/** The buttons an order's status allows, each with the few inputs it needs. */
export function OrderActions({
  order,
  onAct,
  busy,
}: {
  order: OrderDoc;
  onAct: (action: OrderAction) => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<OrderActionType | null>(null);
  const [method, setMethod] = useState<PayMethod>('wechat');
  const [text, setText] = useState('');
  const [reason, setReason] = useState<RefundReason>('quality');
  const [restock, setRestock] = useState(true);
  const [productId, setProductId] = useState(order.lines[0]?.productId ?? '');
  const [qty, setQty] = useState(1);
  const [picks, setPicks] = useState<Record<string, number>>(() =>
    Object.fromEntries(order.lines.map((line) => [line.productId, line.qty - line.pickedQty])),
  );

  const submit = (type: OrderActionType) => {
    const actions: Partial<Record<OrderActionType, OrderAction>> = {
      pay: { type: 'pay', method },
      markReady: { type: 'markReady', shelfSlot: text.trim() },
      cancel: { type: 'cancel', reason: text.trim() },
      refund: { type: 'refund', reason, note: text.trim(), restock },
      changeQty: { type: 'changeQty', productId, qty },
      pickUp: {
        type: 'pickUp',
        lines: Object.entries(picks)
          .filter(([, picked]) => picked > 0)
          .map(([id, picked]) => ({ productId: id, qty: picked })),
      },
    };
    const action = actions[type] ?? ({ type } as OrderAction);
    setOpen(null);
    setText('');
    onAct(action);
  };

  return (
    <div className="actions" data-testid="order-actions">
      <div className="buttons">
        {allowedActions[order.status].map((type) => (
          <button
            key={type}
            disabled={busy}
            data-testid={`action-${type}`}
            className={type === 'refund' || type === 'cancel' ? 'danger' : 'primary'}
            onClick={() => (needsInput.has(type) ? setOpen(type) : submit(type))}
          >
            {t(`orders.actions.${type}`)}
          </button>
        ))}
      </div>
      {open && (
        <form
          className="inline-form"
          data-testid="action-form"
          onSubmit={(event) => {
            event.preventDefault();
            submit(open);
          }}
        >
          {open === 'pay' && (
            <label>
              {t('orders.prompts.payMethod')}
              <select
                value={method}
                onChange={(event) => setMethod(event.target.value as PayMethod)}
                data-testid="pay-method"
              >
                {payMethods.map((m) => (
                  <option key={m} value={m}>
                    {t(`orders.payment.${m}`)}
                  </option>
                ))}
              </select>
            </label>
          )}
          {(open === 'markReady' || open === 'cancel') && (
            <input
              required
              autoFocus
              value={text}
              onChange={(event) => setText(event.target.value)}
              placeholder={t(
                open === 'markReady' ? 'orders.prompts.shelfSlot' : 'orders.prompts.cancelReason',
              )}
              data-testid="action-text"
            />
          )}
          {open === 'refund' && (
            <>
              <select
                value={reason}
                onChange={(event) => setReason(event.target.value as RefundReason)}
                data-testid="refund-reason"
              >
                {refundReasons.map((r) => (
                  <option key={r} value={r}>
                    {t(`orders.refundReasons.${r}`)}
                  </option>
                ))}
              </select>
              <input
                value={text}
                onChange={(event) => setText(event.target.value)}
                placeholder={t('orders.prompts.refundNote')}
              />
              <label>
                <input
                  type="checkbox"
                  checked={restock}
                  onChange={(event) => setRestock(event.target.checked)}
                  data-testid="refund-restock"
                />
                {t('orders.prompts.restock')}
              </label>
            </>
          )}
          {open === 'pickUp' &&
            order.lines.map((line) => (
              <label key={line.productId}>
                {line.name}
                <input
                  type="number"
                  min={0}
                  max={line.qty - line.pickedQty}
                  value={picks[line.productId] ?? 0}
                  onChange={(event) => setPicks({ ...picks, [line.productId]: Number(event.target.value) })}
                  data-testid={`pick-${line.productId}`}
                />
                / {line.qty - line.pickedQty} {line.unit}
              </label>
            ))}
          {open === 'changeQty' && (
            <>
              <select value={productId} onChange={(event) => setProductId(event.target.value)}>
                {order.lines.map((line) => (
                  <option key={line.productId} value={line.productId}>
                    {line.name}
                  </option>
                ))}
              </select>
              <input
                type="number"
                min={1}
                max={10000}
                value={qty}
                onChange={(event) => setQty(Number(event.target.value))}
                aria-label={t('orders.prompts.newQty')}
              />
            </>
          )}
          <button type="submit" className="primary" data-testid="action-submit">
            {t(`orders.actions.${open}`)}
          </button>
        </form>
      )}
    </div>
  );
}
