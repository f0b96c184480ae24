import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { orderStatuses } from '../../../../app/db/schemas/orders';
import { formatFen } from '../../../../app/domain/money';
import { useWatch } from '../../data/use-watch';
import { formatDateTime } from '../../shared/format';
import { Empty, Page } from '../../shared/ui';
import { selectVisible, useOrdersStore, watchOrders } from './orders-store';

export function OrdersPage() {
  const { t, i18n } = useTranslation();
  useWatch(watchOrders);
  const { counts, filter, loaded, recent } = useOrdersStore();
  const setFilter = useOrdersStore((state) => state.setFilter);
  // Filtering makes a new array; done in a memo, not a store selector, so React sees a stable snapshot.
  const visible = useMemo(() => selectVisible({ recent, filter }), [recent, filter]);
  return (
    <Page title={t('orders.heading')} testId="page-orders">
      <div className="chips" role="tablist">
        <button className={filter === 'all' ? 'chip active' : 'chip'} onClick={() => setFilter('all')}>
          {t('common.all')}
        </button>
        {orderStatuses.map((status) => (
          <button
            key={status}
            className={filter === status ? 'chip active' : 'chip'}
            onClick={() => setFilter(status)}
            data-testid={`status-${status}`}
          >
            {t(`orderStatus.${status}`)} <b>{counts[status] ?? '…'}</b>
          </button>
        ))}
      </div>
      <h2>{t('orders.recent')}</h2>
      {loaded && visible.length === 0 ? (
        <Empty>{t('common.empty')}</Empty>
      ) : (
        <table className="table" data-testid="orders-table">
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
            {visible.map((order) => (
              <tr key={order.id}>
                <td className="mono">{order.no}</td>
                <td>{order.memberName}</td>
                <td>{order.lines.map((line) => `${line.name}×${line.qty}`).join('、')}</td>
                <td className="num">{formatFen(order.totalFen, i18n.language)}</td>
                <td>
                  <span className={`badge status-${order.status}`}>{t(`orderStatus.${order.status}`)}</span>
                </td>
                <td className="mono">{order.pickupCode}</td>
                <td>{formatDateTime(order.createdAt, i18n.language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Page>
  );
}
