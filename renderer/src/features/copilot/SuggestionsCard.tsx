import { useTranslation } from 'react-i18next';
import type { LiveSessionDoc } from '../../../../app/db/schemas/live-sessions';
import { offlineSuggestions, type CopilotLocale } from '../../../../app/domain/copilot';
import { Card, Empty } from '../../shared/ui';
import { onAirProduct } from './rundown-context';
import type { SessionDigest } from './use-digest';

function List({ title, items }: { title: string; items: readonly string[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </>
  );
}

/** Lines for the product on air, built only from its facts and the digest (no model is asked). */
export function SuggestionsCard({
  session,
  value,
  locale,
}: {
  session: LiveSessionDoc;
  value: SessionDigest | null;
  locale: CopilotLocale;
}) {
  const { t } = useTranslation();
  const product = value ? onAirProduct(session, value.products) : undefined;
  if (!value || !product) {
    return (
      <Card title={t('copilot.suggest.heading')}>
        <Empty>{t('copilot.suggest.empty')}</Empty>
      </Card>
    );
  }
  const suggestions = offlineSuggestions({ product, digest: value.digest, transcriptTail: [], locale });
  return (
    <Card title={t('copilot.suggest.heading')}>
      <div data-testid="suggestions">
        <p>
          <b>{t('copilot.suggest.product', { link: product.link, name: product.name })}</b>
        </p>
        <List title={t('copilot.suggest.lines')} items={suggestions.lines} />
        <List title={t('copilot.suggest.sellingPoints')} items={suggestions.sellingPoints} />
        <List
          title={t('copilot.suggest.answers')}
          items={suggestions.answers.map(({ question, reply }) => `${question} → ${reply}`)}
        />
        <List title={t('copilot.suggest.notes')} items={suggestions.notes} />
      </div>
    </Card>
  );
}
