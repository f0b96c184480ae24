import { useTranslation } from 'react-i18next';
import { useSubTab } from '../../app/use-sub-tab';
import { Page } from '../../shared/ui';
import { ImportPanel } from './ImportPanel';
import { NewOrderForm } from './NewOrderForm';
import { OrderList } from './OrderList';
import { PickLists } from './PickLists';
import { PickupDesk } from './PickupDesk';
import { StockPanel } from './StockPanel';

const tabs = ['list', 'new', 'desk', 'stock', 'picklists', 'import'] as const;

export function OrdersPage() {
  const { t } = useTranslation();
  const tab = useSubTab(tabs);
  return (
    <Page title={t('orders.heading')} testId="page-orders">
      <nav className="tabs no-print" aria-label={t('orders.heading')}>
        {tabs.map((name) => (
          <a
            key={name}
            href={`#/orders/${name}`}
            className={name === tab ? 'active' : ''}
            data-testid={`tab-${name}`}
          >
            {t(`orders.tabs.${name}`)}
          </a>
        ))}
      </nav>
      {tab === 'list' && <OrderList />}
      {tab === 'new' && <NewOrderForm />}
      {tab === 'desk' && <PickupDesk />}
      {tab === 'stock' && <StockPanel />}
      {tab === 'picklists' && <PickLists />}
      {tab === 'import' && <ImportPanel />}
    </Page>
  );
}
