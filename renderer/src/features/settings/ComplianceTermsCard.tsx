import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { requireDatabase } from '../../data/database-store';
import { useWatch } from '../../data/use-watch';
import { ErrorLine } from '../../shared/ErrorLine';
import { Card } from '../../shared/ui';
import { useAction } from '../../shared/use-action';
import {
  formatOwnerTerms,
  parseOwnerTerms,
  saveComplianceTerms,
  useComplianceTerms,
  watchComplianceTerms,
} from '../live/captions/compliance-terms';

/** The owner's own risky words, on top of the built-in advertising-law list. */
export function ComplianceTermsCard() {
  const { t } = useTranslation();
  useWatch(watchComplianceTerms);
  const terms = useComplianceTerms((state) => state.terms);
  const [text, setText] = useState('');
  const [saved, setSaved] = useState('');
  const { run, error, busy } = useAction();
  useEffect(() => setText(formatOwnerTerms(terms)), [terms]);
  return (
    <Card title={t('settings.compliance.heading')}>
      <p className="muted">{t('settings.compliance.help')}</p>
      <textarea
        rows={6}
        cols={50}
        value={text}
        onChange={(event) => setText(event.target.value)}
        data-testid="compliance-terms"
        aria-label={t('settings.compliance.heading')}
      />
      <div className="row">
        <button
          disabled={busy}
          data-testid="compliance-save"
          onClick={() =>
            void run(async () => {
              const parsed = parseOwnerTerms(text);
              await saveComplianceTerms(requireDatabase(), parsed);
              setSaved(t('settings.compliance.saved', { count: parsed.length }));
            })
          }
        >
          {t('settings.compliance.save')}
        </button>
        {saved && <span className="success">{saved}</span>}
      </div>
      <ErrorLine message={error} />
    </Card>
  );
}
