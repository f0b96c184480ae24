import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isAppError } from '../../../../app/contract/errors';
import type { ProductDoc } from '../../../../app/db/schemas/products';
import { formatFen, parseYuanToFen } from '../../../../app/domain/money';
import { bundleSummary, checkBundle } from '../../../../app/domain/selection/bundles';
import { requireDatabase } from '../../data/database-store';
import { OptionSelect, productOptions } from '../../shared/OptionSelect';

interface Part {
  productId: string;
  qty: number;
}

/** A bundle of goods and services at its own price (e.g. 辅食方案), with its discount and margin shown live. */
export function BundleForm({ products }: { products: ProductDoc[] }) {
  const { t, i18n } = useTranslation();
  const [name, setName] = useState('');
  const [parts, setParts] = useState<Part[]>([{ productId: '', qty: 1 }]);
  const [price, setPrice] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const parts_ = parts.filter((part) => part.productId !== '');
  const byId = new Map(products.map((product) => [product.id, product]));
  const priceFen = parseYuanToFen(price) ?? 0;
  const summary = parts_.length > 0 ? bundleSummary({ components: parts_, priceFen }, byId) : null;
  const money = (fen: number) => formatFen(fen, i18n.language);

  const save = async () => {
    try {
      if (name.trim() === '') throw new Error(t('campaigns.bundle.needName'));
      const checked = checkBundle({ components: parts_, priceFen: parseYuanToFen(price) ?? -1 }, byId);
      await requireDatabase().products.insert({
        id: `p-bundle-${crypto.randomUUID()}`,
        catalogId: '',
        sku: `BUNDLE-${Date.now().toString(36).toUpperCase()}`,
        name: name.trim().slice(0, 120),
        aliases: [],
        kind: 'bundle',
        unit: '套',
        priceFen: checked.priceFen,
        costFen: checked.costFen,
        lowStockAt: 0,
        active: true,
        components: parts_,
        updatedAt: Date.now(),
      });
      setMessage({ ok: true, text: t('campaigns.bundle.saved', { name: name.trim() }) });
      setName('');
      setParts([{ productId: '', qty: 1 }]);
      setPrice('');
    } catch (error) {
      const detail = isAppError(error) ? error.details?.['problem'] : undefined;
      const problem = typeof detail === 'string' ? detail : '';
      setMessage({
        ok: false,
        text: problem
          ? t(`campaigns.bundle.problems.${problem}`)
          : error instanceof Error
            ? error.message
            : String(error),
      });
    }
  };

  return (
    <form
      className="form wide"
      data-testid="bundle-form"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <input
        value={name}
        onChange={(event) => setName(event.target.value)}
        placeholder={t('campaigns.bundle.name')}
        data-testid="bundle-name"
      />
      {parts.map((part, index) => (
        <div className="row" key={index}>
          <OptionSelect
            value={part.productId}
            onChange={(productId) => setParts(parts.map((p, i) => (i === index ? { ...p, productId } : p)))}
            options={productOptions(products.filter((product) => product.kind !== 'bundle'))}
            none={t('campaigns.bundle.part')}
            label={t('campaigns.bundle.part')}
            testId={`bundle-part-${index}`}
          />
          <input
            type="number"
            min={1}
            value={part.qty}
            onChange={(event) =>
              setParts(parts.map((p, i) => (i === index ? { ...p, qty: Number(event.target.value) } : p)))
            }
            aria-label={t('orders.newOrder.qty')}
          />
        </div>
      ))}
      <button
        type="button"
        onClick={() => setParts([...parts, { productId: '', qty: 1 }])}
        data-testid="bundle-add"
      >
        {t('orders.newOrder.addLine')}
      </button>
      <input
        value={price}
        onChange={(event) => setPrice(event.target.value)}
        placeholder={t('campaigns.bundle.price')}
        data-testid="bundle-price"
      />
      {summary && (
        <p className="muted" data-testid="bundle-summary">
          {t('campaigns.bundle.summary', {
            list: money(summary.listPriceFen),
            discount: money(summary.discountFen),
            percent: summary.discountPercent,
            cost: money(summary.costFen),
            margin: summary.marginPercent ?? 0,
          })}
        </p>
      )}
      <button type="submit" className="primary" data-testid="bundle-save">
        {t('campaigns.bundle.save')}
      </button>
      {message && (
        <p
          className={message.ok ? 'success' : 'error'}
          role={message.ok ? 'status' : 'alert'}
          data-testid="bundle-message"
        >
          {message.text}
        </p>
      )}
    </form>
  );
}
