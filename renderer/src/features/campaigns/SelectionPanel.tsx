import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFen, marginPercent } from '../../../../app/domain/money';
import { requireDatabase } from '../../data/database-store';
import { ErrorLine } from '../../shared/ErrorLine';
import { useAction } from '../../shared/use-action';
import { rankSelection, type SelectionView } from './selection-service';

const shown = 15;

/** 选品: HQ's catalogue ranked for this store, every rank with the reasons and numbers behind it. */
export function SelectionPanel() {
  const { t, i18n } = useTranslation();
  const [view, setView] = useState<SelectionView | null>(null);
  const { run, error } = useAction();
  useEffect(() => {
    // Ranked once per visit: it reads months of orders and comments.
    void run(async () => setView(await rankSelection(requireDatabase())));
  }, []);
  const items = new Map(view?.catalog.map((item) => [item.id, item]));
  return (
    <div data-testid="selection">
      <ErrorLine message={error} />
      {!view && <p className="muted">{t('campaigns.selection.loading')}</p>}
      {view && (
        <>
          <p className="muted" data-testid="selection-trends">
            {view.trends
              .filter((trend) => (trend.weeks[0] ?? 0) > 0)
              .slice(0, 6)
              .map((trend) =>
                t('campaigns.selection.trend', {
                  keyword: trend.keyword,
                  count: trend.weeks[0] ?? 0,
                  trend: t(`campaigns.selection.trends.${trend.trend}`),
                }),
              )
              .join(' · ') || t('campaigns.selection.noTrends')}
          </p>
          <table className="table" data-testid="selection-table">
            <thead>
              <tr>
                <th>#</th>
                <th>{t('campaigns.selection.item')}</th>
                <th>{t('campaigns.selection.facts')}</th>
                <th className="num">{t('campaigns.selection.score')}</th>
                <th>{t('campaigns.selection.why')}</th>
              </tr>
            </thead>
            <tbody>
              {view.ranked.slice(0, shown).map((rank, index) => {
                const item = items.get(rank.catalogId);
                if (!item) return null;
                const margin = marginPercent(item.suggestedPriceFen, item.costFen);
                return (
                  <tr key={rank.catalogId} data-testid="selection-row">
                    <td>{index + 1}</td>
                    <td>
                      {item.name}{' '}
                      {rank.inSelection ? (
                        <span className="badge">{t('campaigns.selection.selling')}</span>
                      ) : (
                        <span className="badge warn">{t('campaigns.selection.notYet')}</span>
                      )}
                    </td>
                    <td className="muted">
                      {t('campaigns.selection.factLine', {
                        cost: formatFen(item.costFen, i18n.language),
                        price: formatFen(item.suggestedPriceFen, i18n.language),
                        margin: margin ?? 0,
                        supplier: item.supplier,
                        days: item.shelfLifeDays,
                      })}
                      {item.certifications.length > 0 && ` · ${item.certifications.join('、')}`}
                    </td>
                    <td className="num">{rank.score}</td>
                    <td>
                      {rank.reasons.map((reason) => (
                        <span className="tag" key={reason.kind + reason.text} title={`+${reason.weight}`}>
                          {reason.text}
                        </span>
                      ))}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
