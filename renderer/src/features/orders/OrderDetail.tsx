import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderDoc } from '../../../../app/db/schemas/orders';
import { formatFen } from '../../../../app/domain/money';
import type { OrderAction } from '../../../../app/domain/orders/order-actions';
import { requireDatabase, useDatabaseStore } from '../../data/database-store';
import { ErrorLine } from '../../shared/ErrorLine';
import { formatDateTime } from '../../shared/format';
import { useAction } from '../../shared/use-action';
import { OrderActions } from './OrderActions';
import { PickupQr } from './PickupQr';
import { applyAction } from './services/order-service';

export const ownerName = '店长';

export function OrderDetail({ orderId, onClose }: { orderId: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const state = useDatabaseStore();
  const [order, setOrder] = useState<OrderDoc | null>(null);
  const { run, error, busy } = useAction();
  const db = state.phase === 'ready' ? state.db : null;

  useEffect(() => {
    if (!db) return undefined;
    const subscription = db.orders
      .findOne(orderId)
      .$.subscribe((doc) => setOrder(doc ? doc.toMutableJSON() : null));
    return () => subscription.unsubscribe();
  }, [db, orderId]);

  if (!order || state.phase !== 'ready') return null;
  const money = (fen: number) => formatFen(fen, i18n.language);
  const act = (action: OrderAction) =>
    void run(() => applyAction(requireDatabase(), order.id, action, ownerName));
  return (
    <aside className="detail" data-testid="order-detail" data-status={order.status}>
      <header>
        <h2>{t('orders.detail.title', { no: order.no })}</h2>
        <button onClick={onClose} aria-label={t('orders.detail.close')}>
          ✕
        </button>
      </header>
      <p>
        <span className={`badge status-${order.status}`} data-testid="detail-status">
          {t(`orderStatus.${order.status}`)}
        </span>{' '}
        {order.memberName || t('orders.walkIn')} · {t(`orders.source.${order.source}`)} ·{' '}
        {t(`orders.fulfilment.${order.fulfilment}`)}
        {order.shelfSlot && ` · ${t('orders.detail.shelf')} ${order.shelfSlot}`}
      </p>
      <PickupQr store={state.store} orderId={order.id} code={order.pickupCode} />
      <table className="table">
        <tbody>
          {order.lines.map((line) => (
            <tr key={line.productId}>
              <td>{line.name}</td>
              <td className="num">
                {line.pickedQty > 0 && line.pickedQty < line.qty ? `${line.pickedQty}/` : ''}
                {line.qty} {line.unit}
              </td>
              <td className="num">{money(line.priceFen * line.qty)}</td>
            </tr>
          ))}
          <tr>
            <th colSpan={2}>{t('orders.total')}</th>
            <th className="num">{money(order.totalFen)}</th>
          </tr>
        </tbody>
      </table>
      {order.payment.method !== 'none' && (
        <p>
          {t('orders.detail.paidWith')} {t(`orders.payment.${order.payment.method}`)}
        </p>
      )}
      {order.refund && (
        <p className="notice" data-testid="refund-record">
          {t('orders.detail.refund', {
            reason: t(`orders.refundReasons.${order.refund.reason}`),
            amount: money(order.refund.amountFen),
            restock: t(order.refund.restocked ? 'orders.detail.restocked' : 'orders.detail.notRestocked'),
          })}
        </p>
      )}
      <OrderActions key={order.history.length} order={order} onAct={act} busy={busy} />
      <ErrorLine message={error} />
      <h3>{t('orders.detail.history')}</h3>
      <ol className="history" data-testid="order-history">
        {order.history.map((event, index) => (
          <li key={index}>
            <time>{formatDateTime(event.at, i18n.language)}</time> {event.by} ·{' '}
            {t(`orders.actions.${event.action}`, { defaultValue: event.action })}
            {event.to && ` → ${t(`orderStatus.${event.to}`, { defaultValue: event.to })}`}
            {event.note && ` · ${event.note}`}
          </li>
        ))}
      </ol>
    </aside>
  );
}
