import { useTranslation } from 'react-i18next';
import type { CampaignDoc } from '../../../../app/db/schemas/campaigns';
import type { CampaignBoard } from '../../../../app/domain/campaigns/board';
import { formatFen } from '../../../../app/domain/money';
import { formatDateTime } from '../../shared/format';

/** One campaign's board: sales, buyers, conversion, time left, and per item what is left. */
export function CampaignTile({
  campaign,
  board,
  names,
  services,
}: {
  campaign: CampaignDoc;
  board: CampaignBoard;
  names: Map<string, string>;
  /** Products without stock of their own (services, bundles): no stock figure for them. */
  services: Set<string>;
}) {
  const { t, i18n } = useTranslation();
  return (
    <div className="tile" data-testid="campaign-tile" data-campaign={campaign.title}>
      <strong>{campaign.title}</strong>
      <span className={`badge campaign-${campaign.status}`}>{t(`campaigns.status.${campaign.status}`)}</span>
      <span>
        {t('campaigns.deadline')} {formatDateTime(campaign.deadline, i18n.language)} ·{' '}
        {board.timeLeftMs > 0
          ? t('campaigns.board.timeLeft', { hours: Math.ceil(board.timeLeftMs / 3_600_000) })
          : t('campaigns.board.closed')}
      </span>
      <span data-testid="campaign-sales">
        {t('campaigns.orders', { count: board.orders })} ·{' '}
        {t('campaigns.board.buyers', { count: board.buyers })} ·{' '}
        {t('campaigns.revenue', { amount: formatFen(board.revenueFen, i18n.language) })}
        {board.conversion !== null &&
          ` · ${t('campaigns.board.conversion', { value: Math.round(board.conversion * 100) })}`}
      </span>
      <ul className="reasons">
        {board.items.map((item) => {
          const name = names.get(item.productId) ?? item.productId;
          return (
            <li key={item.productId}>
              {services.has(item.productId)
                ? t('campaigns.board.service', {
                    name,
                    ordered: item.ordered,
                    left: item.leftUnderLimit ?? '—',
                  })
                : item.leftUnderLimit === null
                  ? t('campaigns.board.leftNoLimit', { name, ordered: item.ordered, stock: item.stock })
                  : t('campaigns.board.left', {
                      name,
                      ordered: item.ordered,
                      left: item.leftUnderLimit,
                      stock: item.stock,
                    })}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
