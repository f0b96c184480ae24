import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkbenchDatabase } from '../../../../app/db/collections';
import type { ProductDoc } from '../../../../app/db/schemas/products';
import type { StockMoveDoc } from '../../../../app/db/schemas/stock-moves';
import { lowStock, onHandLevels, stockLevels } from '../../../../app/domain/stock/stock-levels';
import { requireDatabase } from '../../data/database-store';
import { useWatch } from '../../data/use-watch';
import { watchDocs } from '../../data/watch';
import { ErrorLine } from '../../shared/ErrorLine';
import { useAction } from '../../shared/use-action';
import { ownerName } from './OrderDetail';
import { recordStockMove, type ManualMoveKind } from './services/stock-service';
import { OptionSelect, productOptions } from '../../shared/OptionSelect';

const kinds: ManualMoveKind[] = ['receive', 'adjust', 'loss'];

export function StockPanel() {
  const { t } = useTranslation();
  const [products, setProducts] = useState<ProductDoc[]>([]);
  const [moves, setMoves] = useState<StockMoveDoc[] | null>(null);
  useWatch(
    useCallback(
      (db: WorkbenchDatabase) => [
        watchDocs(db.products.find({ selector: { active: true, kind: 'goods' } }).$, setProducts),
        watchDocs(db.stockMoves.find().$, setMoves),
      ],
      [],
    ),
  );
  const available = useMemo(() => stockLevels(moves ?? []), [moves]);
  const onHand = useMemo(() => onHandLevels(moves ?? []), [moves]);
  const low = useMemo(
    () => new Set(lowStock(products, available).map((item) => item.product.id)),
    [products, available],
  );
  const [productId, setProductId] = useState('');
  const [kind, setKind] = useState<ManualMoveKind>('receive');
  const [qty, setQty] = useState(1);
  const [reason, setReason] = useState('');
  const [saved, setSaved] = useState(false);
  const { run, error } = useAction();

  return (
    <div data-testid="stock-panel">
      {low.size > 0 && (
        <p className="warning" role="status" data-testid="low-stock-alert">
          {t('orders.stock.lowAlert', { count: low.size })}
        </p>
      )}
      <form
        className="row card"
        onSubmit={(event) => {
          event.preventDefault();
          setSaved(false);
          void run(() =>
            recordStockMove(requireDatabase(), { productId, kind, qty, reason, by: ownerName }),
          ).then((ok) => {
            if (ok === undefined) return;
            setSaved(true);
            setReason('');
          });
        }}
      >
        <OptionSelect
          required
          value={productId}
          onChange={setProductId}
          options={productOptions(products)}
          none={t('orders.stock.product')}
          label={t('orders.stock.product')}
          testId="stock-product"
        />
        <select
          value={kind}
          onChange={(event) => setKind(event.target.value as ManualMoveKind)}
          data-testid="stock-kind"
          aria-label={t('orders.stock.kind')}
        >
          {kinds.map((k) => (
            <option key={k} value={k}>
              {t(`orders.stock.kinds.${k}`)}
            </option>
          ))}
        </select>
        <input
          type="number"
          value={qty}
          onChange={(event) => setQty(Number(event.target.value))}
          aria-label={t('orders.stock.qty')}
          data-testid="stock-qty"
        />
        <input
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          placeholder={t('orders.stock.reason')}
          data-testid="stock-reason"
        />
        <button type="submit" className="primary" data-testid="stock-save">
          {t('orders.stock.save')}
        </button>
        {saved && <span role="status">{t('orders.stock.saved')}</span>}
      </form>
      <ErrorLine message={error} />
      {moves && (
        <table className="table" data-testid="stock-table">
          <thead>
            <tr>
              <th>{t('orders.stock.product')}</th>
              <th className="num">{t('orders.stock.available')}</th>
              <th className="num">{t('orders.stock.onHand')}</th>
            </tr>
          </thead>
          <tbody>
            {products.map((p) => (
              <tr key={p.id} data-product={p.sku}>
                <td>
                  {p.name} {low.has(p.id) && <span className="badge warn">{t('orders.stock.low')}</span>}
                </td>
                <td className="num" data-testid={`available-${p.sku}`}>
                  {available.get(p.id) ?? 0} {p.unit}
                </td>
                <td className="num">{onHand.get(p.id) ?? 0}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
