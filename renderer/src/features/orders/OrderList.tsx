import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { orderStatuses, type OrderDoc } from '../../../../app/db/schemas/orders';
import { requireDatabase } from '../../data/database-store';
import { useWatch } from '../../data/use-watch';
import { ErrorLine } from '../../shared/ErrorLine';
import { Empty } from '../../shared/ui';
import { useAction } from '../../shared/use-action';
import { OrderDetail } from './OrderDetail';
import { OrdersTable } from './OrdersTable';
import { openStatuses, selectVisible, useOrdersStore, watchOrders } from './orders-store';
import { searchOrders } from './services/search-orders';

export function OrderList() {
  const { t } = useTranslation();
  useWatch(watchOrders);
  const { counts, filter, loaded, recent } = useOrdersStore();
  const setFilter = useOrdersStore((state) => state.setFilter);
  // Filtering makes a new array; done in a memo, not a store selector, so React sees a stable snapshot.
  const visible = useMemo(() => selectVisible({ recent, filter }), [recent, filter]);
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<OrderDoc[] | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const { run, error } = useAction();

  const search = async (text: string) => {
    if (text.trim() === '') return setResults(null);
    const found = await run(() => searchOrders(requireDatabase(), text));
    if (found) setResults(found);
  };

  return (
    <div className="split">
      <div className="split-main">
        <form
          className="search"
          onSubmit={(event) => {
            event.preventDefault();
            void search(query);
          }}
        >
          <input
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            placeholder={t('orders.searchPlaceholder')}
            data-testid="order-search"
          />
          <button type="submit">{t('common.search')}</button>
        </form>
        <ErrorLine message={error} />
        {results ? (
          <>
            <h2 data-testid="search-count">{t('orders.searchResults', { count: results.length })}</h2>
            <OrdersTable orders={results} onOpen={setOpenId} />
          </>
        ) : (
          <>
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
                  {t(`orderStatus.${status}`)}{' '}
                  {openStatuses.includes(status) && <b>{counts[status] ?? '…'}</b>}
                </button>
              ))}
            </div>
            <h2>{t('orders.recent')}</h2>
            {loaded && visible.length === 0 ? (
              <Empty>{t('common.empty')}</Empty>
            ) : (
              <OrdersTable orders={visible} onOpen={setOpenId} />
            )}
          </>
        )}
      </div>
      {openId && <OrderDetail orderId={openId} onClose={() => setOpenId(null)} />}
    </div>
  );
}
