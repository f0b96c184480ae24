import { useTranslation } from 'react-i18next';
import { formatFen, marginPercent } from '../../../../app/domain/money';
import { useWatch } from '../../data/use-watch';
import { formatDateTime } from '../../shared/format';
import { Card, Page } from '../../shared/ui';
import { useMemo } from 'react';
import { useCampaignsStore, watchCampaigns } from './campaigns-store';
import { JielongPanel } from './JielongPanel';

export function CampaignsPage() {
  const { t, i18n } = useTranslation();
  useWatch(watchCampaigns);
  const { campaigns, products, stock, rollups } = useCampaignsStore();
  const money = (fen: number) => formatFen(fen, i18n.language);
  const names = useMemo(() => new Map(products.map((product) => [product.id, product.name])), [products]);
  return (
    <Page title={t('campaigns.heading')} testId="page-campaigns">
      <Card title={t('campaigns.campaigns')}>
        <div className="grid" data-testid="campaigns">
          {campaigns.map((campaign) => {
            const rollup = rollups[campaign.id];
            return (
              <div className="tile" key={campaign.id}>
                <strong>{campaign.title}</strong>
                <span className={`badge campaign-${campaign.status}`}>
                  {t(`campaigns.status.${campaign.status}`)}
                </span>
                <span>
                  {t('campaigns.deadline')} {formatDateTime(campaign.deadline, i18n.language)} ·{' '}
                  {t('common.items', { count: campaign.items.length })}
                </span>
                <span>
                  {t('campaigns.orders', { count: rollup?.orders ?? 0 })} ·{' '}
                  {t('campaigns.revenue', { amount: money(rollup?.revenueFen ?? 0) })}
                </span>
              </div>
            );
          })}
        </div>
      </Card>
      <Card title={t('campaigns.jielong.heading')}>
        <JielongPanel campaigns={campaigns} names={names} />
      </Card>
      <Card title={t('campaigns.products')}>
        <table className="table" data-testid="products-table">
          <thead>
            <tr>
              <th>SKU</th>
              <th>{t('orders.lines')}</th>
              <th className="num">{t('campaigns.price')}</th>
              <th className="num">{t('campaigns.cost')}</th>
              <th className="num">{t('campaigns.margin')}</th>
              <th className="num">{t('campaigns.stock')}</th>
            </tr>
          </thead>
          <tbody>
            {products.map((product) => {
              const onHand = stock.get(product.id) ?? 0;
              const margin = marginPercent(product.priceFen, product.costFen);
              return (
                <tr key={product.id}>
                  <td className="mono">{product.sku}</td>
                  <td>{product.name}</td>
                  <td className="num">{money(product.priceFen)}</td>
                  <td className="num">{money(product.costFen)}</td>
                  <td className="num">{margin === null ? '—' : `${margin}%`}</td>
                  <td className="num">
                    {product.kind === 'service' ? (
                      <span className="muted">{t('campaigns.service')}</span>
                    ) : (
                      <>
                        {onHand} {product.unit}
                        {onHand <= product.lowStockAt && (
                          <span className="badge warn">{t('campaigns.lowStock')}</span>
                        )}
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </Card>
    </Page>
  );
}
