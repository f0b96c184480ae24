import { useTranslation } from 'react-i18next';
import type { LiveSessionDoc } from '../../../../app/db/schemas/live-sessions';
import {
  offlineSuggestions,
  type CopilotLocale,
  type DigestProduct,
  type OfflineSuggestions,
} from '../../../../app/domain/copilot';
import { Card, Empty } from '../../shared/ui';
import { CheckedList } from './CheckedList';
import { onAirProduct } from './rundown-context';
import type { SessionDigest } from './use-digest';
import { useLlmSuggestions, type LlmState } from './use-llm-suggestions';

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

/** The model's lines once they are in; the offline engine's otherwise, so the card is never blank. */
function Lines({ llm, offline }: { llm: LlmState; offline: OfflineSuggestions }) {
  const { t } = useTranslation();
  const answer = llm.phase === 'done' ? llm.answer : offline;
  return (
    <>
      <p className="muted" data-testid="suggest-source">
        {llm.phase === 'done'
          ? t('copilot.suggest.sourceModel', { model: llm.model })
          : t('copilot.suggest.sourceOffline')}
      </p>
      {llm.phase === 'fallback' && (
        <p className="notice" data-testid="suggest-fallback">
          {llm.note}
        </p>
      )}
      {llm.phase === 'streaming' && (
        <pre className="muted" data-testid="suggest-stream">
          {llm.text === '' ? t('copilot.suggest.waiting') : llm.text}
        </pre>
      )}
      <CheckedList title={t('copilot.suggest.lines')} items={answer.lines} />
      <CheckedList title={t('copilot.suggest.sellingPoints')} items={answer.sellingPoints} />
    </>
  );
}

function Suggestions({
  product,
  value,
  locale,
}: {
  product: DigestProduct;
  value: SessionDigest;
  locale: CopilotLocale;
}) {
  const { t } = useTranslation();
  const llm = useLlmSuggestions();
  const facts = { product, digest: value.digest, transcriptTail: value.transcriptTail, locale };
  const offline = offlineSuggestions(facts);
  const streaming = llm.state.phase === 'streaming';
  return (
    <div data-testid="suggestions">
      <p>
        <b>{t('copilot.suggest.product', { link: product.link, name: product.name })}</b>
      </p>
      <div className="row">
        <button
          type="button"
          disabled={streaming}
          onClick={() => void llm.ask(facts)}
          data-testid="suggest-llm"
        >
          {t('copilot.suggest.ask')}
        </button>
        <button
          type="button"
          disabled={!streaming}
          onClick={() => void llm.stop()}
          data-testid="suggest-stop"
        >
          {t('copilot.suggest.stop')}
        </button>
      </div>
      <Lines llm={llm.state} offline={offline} />
      <List
        title={t('copilot.suggest.answers')}
        items={offline.answers.map(({ question, reply }) => `${question} → ${reply}`)}
      />
      <List title={t('copilot.suggest.notes')} items={offline.notes} />
    </div>
  );
}

/** Lines for the product on air: from its facts and the digest, or rewritten by the model when asked. */
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
  return (
    <Card title={t('copilot.suggest.heading')}>
      {value && product ? (
        // Keyed by product so a model's lines for the previous product never show under the next one.
        <Suggestions key={product.link} product={product} value={value} locale={locale} />
      ) : (
        <Empty>{t('copilot.suggest.empty')}</Empty>
      )}
    </Card>
  );
}
