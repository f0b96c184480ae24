import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductDoc } from '../../../../app/db/schemas/products';
import { parseYuanToFen } from '../../../../app/domain/money';
import { requireDatabase } from '../../data/database-store';
import { setOwnPrice } from './selection-service';

/** The store's own price, edited in place; anything that is not an amount is refused and not saved. */
export function OwnPriceInput({ product }: { product: ProductDoc }) {
  const { t } = useTranslation();
  const [text, setText] = useState((product.priceFen / 100).toFixed(2));
  const [bad, setBad] = useState(false);
  const save = () => {
    const fen = parseYuanToFen(text);
    setBad(fen === null || fen === 0);
    if (fen !== null && fen > 0 && fen !== product.priceFen)
      void setOwnPrice(requireDatabase(), product.id, fen);
  };
  return (
    <input
      className={bad ? 'price-input invalid' : 'price-input'}
      value={text}
      aria-label={t('campaigns.price')}
      aria-invalid={bad}
      title={bad ? t('campaigns.badOwnPrice') : undefined}
      onChange={(event) => setText(event.target.value)}
      onBlur={save}
      onKeyDown={(event) => {
        if (event.key === 'Enter') save();
      }}
      data-testid={`own-price-${product.sku}`}
    />
  );
}
