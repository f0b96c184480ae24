import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignDoc } from '../../../../app/db/schemas/campaigns';
import type { MemberDoc } from '../../../../app/db/schemas/members';
import type { OrderDoc } from '../../../../app/db/schemas/orders';
import { toXlsx } from '../../../../app/domain/export/xlsx';
import {
  deliverySheet,
  pickListByNeighbour,
  pickListByProduct,
} from '../../../../app/domain/orders/pick-lists';
import { requireDatabase } from '../../data/database-store';
import { ErrorLine } from '../../shared/ErrorLine';
import { Empty } from '../../shared/ui';
import { useAction } from '../../shared/use-action';
import { downloadBytes, pickListWorkbook } from './services/pick-list-export';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function PickLists() {
  const { t } = useTranslation();
  const [campaigns, setCampaigns] = useState<CampaignDoc[]>([]);
  const [campaignId, setCampaignId] = useState('');
  const [orders, setOrders] = useState<OrderDoc[]>([]);
  const [members, setMembers] = useState<Map<string, MemberDoc>>(new Map());
  const { run, error } = useAction();

  useEffect(() => {
    void requireDatabase()
      .campaigns.find({ sort: [{ createdAt: 'desc' }] })
      .exec()
      .then((docs) => {
        setCampaigns(docs.map((doc) => doc.toMutableJSON()));
        setCampaignId((current) => current || docs[0]?.id || '');
      });
  }, []);

  useEffect(() => {
    if (!campaignId) return undefined;
    const db = requireDatabase();
    const subscription = db.orders.find({ selector: { campaignId } }).$.subscribe((docs) => {
      const plain = docs.map((doc) => doc.toMutableJSON());
      setOrders(plain);
      void db.members
        .findByIds([...new Set(plain.map((order) => order.memberId))])
        .exec()
        .then((found) => {
          setMembers(new Map([...found.values()].map((doc) => [doc.id, doc.toMutableJSON()])));
        });
    });
    return () => subscription.unsubscribe();
  }, [campaignId]);

  const lists = useMemo(
    () => ({
      byProduct: pickListByProduct(orders),
      byNeighbour: pickListByNeighbour(orders),
      delivery: deliverySheet(orders, members),
    }),
    [orders, members],
  );
  const campaign = campaigns.find((c) => c.id === campaignId);
  const exportXlsx = () =>
    run(async () =>
      downloadBytes(
        await toXlsx(pickListWorkbook(t, lists)),
        `${campaign?.title ?? 'pick-list'}.xlsx`,
        xlsxType,
      ),
    );

  return (
    <div className="picklists" data-testid="pick-lists">
      <div className="row no-print">
        <select
          value={campaignId}
          onChange={(event) => setCampaignId(event.target.value)}
          aria-label={t('orders.picklists.campaign')}
          data-testid="picklist-campaign"
        >
          {campaigns.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title}
            </option>
          ))}
        </select>
        <button onClick={() => window.print()} data-testid="print">
          {t('orders.picklists.print')}
        </button>
        <button className="primary" onClick={() => void exportXlsx()} data-testid="export-xlsx">
          {t('orders.picklists.export')}
        </button>
      </div>
      <ErrorLine message={error} />
      <h1 className="print-only">{campaign?.title}</h1>
      {lists.byProduct.length === 0 && <Empty>{t('orders.picklists.empty')}</Empty>}
      <section className="card">
        <h2>{t('orders.picklists.byProduct')}</h2>
        <table className="table" data-testid="pick-by-product">
          <tbody>
            {lists.byProduct.map((row) => (
              <tr key={row.productId}>
                <td>{row.name}</td>
                <td className="num">
                  {row.qty} {row.unit}
                </td>
                <td className="num">{t('campaigns.orders', { count: row.orders })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="card page-break">
        <h2>{t('orders.picklists.byNeighbour')}</h2>
        <table className="table" data-testid="pick-by-neighbour">
          <tbody>
            {lists.byNeighbour.map((bag) => (
              <tr key={`${bag.memberId}-${bag.orderNos.join()}`}>
                <td className="mono">{bag.shelfSlot || '—'}</td>
                <td>{bag.memberName}</td>
                <td>{bag.lines.map((line) => `${line.name}×${line.qty}`).join('、')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="card page-break">
        <h2>{t('orders.picklists.delivery')}</h2>
        {lists.delivery.map((building) => (
          <div key={building.building} data-testid="delivery-building">
            <h3>{building.building || '—'}</h3>
            <ul className="feed">
              {building.stops.map((stop) => (
                <li key={`${stop.memberName}-${stop.orderNos.join()}`}>
                  {stop.unit} {stop.room} · {stop.memberName} · ☎ {stop.phoneTail} ·{' '}
                  {stop.lines.map((line) => `${line.name}×${line.qty}`).join('、')}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
    </div>
  );
}
