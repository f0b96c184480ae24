import { useTranslation } from 'react-i18next';
import type { OrderDoc } from '../../../../app/db/schemas/orders';
import { formatFen } from '../../../../app/domain/money';
import { formatPickupCode } from '../../../../app/domain/pickup/numeric-code';
import { formatDateTime } from '../../shared/format';

export function OrdersTable({ orders, onOpen }: { orders: OrderDoc[]; onOpen: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  return (
    <table className="table clickable" data-testid="orders-table">
      <thead>
        <tr>
          <th>{t('orders.no')}</th>
          <th>{t('orders.member')}</th>
          <th>{t('orders.lines')}</th>
          <th className="num">{t('orders.total')}</th>
          <th>{t('orders.status')}</th>
          <th>{t('orders.code')}</th>
          <th>{t('orders.createdAt')}</th>
        </tr>
      </thead>
      <tbody>
        {orders.map((order) => (
          <tr key={order.id} onClick={() => onOpen(order.id)} data-order-no={order.no}>
            <td className="mono">{order.no}</td>
            <td>{order.memberName || t('orders.walkIn')}</td>
            <td>{order.lines.map((line) => `${line.name}×${line.qty}`).join('、')}</td>
            <td className="num">{formatFen(order.totalFen, i18n.language)}</td>
            <td>
              <span className={`badge status-${order.status}`}>{t(`orderStatus.${order.status}`)}</span>
            </td>
            <td className="mono">{formatPickupCode(order.pickupCode)}</td>
            <td>{formatDateTime(order.createdAt, i18n.language)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
