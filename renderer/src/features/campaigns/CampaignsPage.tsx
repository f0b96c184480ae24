import { useTranslation } from 'react-i18next';
import { formatFen, marginPercent } from '../../../../app/domain/money';
import { useWatch } from '../../data/use-watch';
import { Card, Page } from '../../shared/ui';
import { useMemo } from 'react';
import { campaignBoard } from '../../../../app/domain/campaigns/board';
import { audienceSize, useCampaignsStore, watchCampaigns } from './campaigns-store';
import { CampaignTile } from './CampaignTile';
import { BundleForm } from './BundleForm';
import { NewCampaignForm } from './NewCampaignForm';
import { OwnPriceInput } from './OwnPriceInput';
import { SelectionPanel } from './SelectionPanel';
import { JielongPanel } from './JielongPanel';

export function CampaignsPage() {
  const { t, i18n } = useTranslation();
  useWatch(watchCampaigns);
  const { campaigns, products, stock, groups, members, campaignOrders } = useCampaignsStore();
  const money = (fen: number) => formatFen(fen, i18n.language);
  const names = useMemo(() => new Map(products.map((product) => [product.id, product.name])), [products]);
  const services = useMemo(
    () => new Set(products.filter((product) => product.kind !== 'goods').map((product) => product.id)),
    [products],
  );
  const boards = useMemo(() => {
    const now = Date.now();
    return campaigns.map((campaign) => ({
      campaign,
      board: campaignBoard(
        campaign,
        campaignOrders[campaign.id] ?? [],
        stock,
        audienceSize(campaign, members),
        now,
      ),
    }));
  }, [campaigns, campaignOrders, stock, members]);
  return (
    <Page title={t('campaigns.heading')} testId="page-campaigns">
      <Card title={t('campaigns.campaigns')}>
        <div className="grid" data-testid="campaigns">
          {boards.map(({ campaign, board }) => (
            <CampaignTile
              key={campaign.id}
              campaign={campaign}
              board={board}
              names={names}
              services={services}
            />
          ))}
        </div>
      </Card>
      <Card title={t('campaigns.create.heading')}>
        <NewCampaignForm products={products} groups={groups} />
      </Card>
      <Card title={t('campaigns.jielong.heading')}>
        <JielongPanel campaigns={campaigns} names={names} />
      </Card>
      <Card title={t('campaigns.selection.heading')}>
        <SelectionPanel />
      </Card>
      <Card title={t('campaigns.bundle.heading')}>
        <BundleForm products={products} />
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
                  <td className="num">
                    <OwnPriceInput key={product.priceFen} product={product} />
                  </td>
                  <td className="num">{money(product.costFen)}</td>
                  <td className="num" data-testid={`margin-${product.sku}`}>
                    {margin === null ? '—' : `${margin}%`}
                  </td>
                  <td className="num">
                    {product.kind !== 'goods' ? (
                      <span className="muted">
                        {t(product.kind === 'bundle' ? 'campaigns.bundle.kind' : 'campaigns.service')}
                      </span>
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
