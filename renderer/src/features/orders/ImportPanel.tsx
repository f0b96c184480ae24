import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { requireDatabase, requireStoreKey } from '../../data/database-store';
import { ErrorLine } from '../../shared/ErrorLine';
import { useAction } from '../../shared/use-action';
import type { ImportPreview } from './import/import-protocol';
import { previewImport } from './import/preview-file';
import { ownerName } from './OrderDetail';
import { commitImport } from './services/import-orders';
import type { BatchOutcome as ImportOutcome, BatchProgress as ImportProgress } from './services/order-batch';

const shownErrors = 200;

/** Import from another group-buy tool: a preview with every problem row first, then only what the owner confirms. */
export function ImportPanel() {
  const { t } = useTranslation();
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const { run, error, busy } = useAction();

  const choose = async (file: File | undefined) => {
    setPreview(null);
    setOutcome(null);
    setProgress(null);
    if (!file) return;
    const result = await run(() => previewImport(requireDatabase(), file));
    if (result) setPreview(result);
  };

  const confirm = async () => {
    if (!preview) return;
    const drafts = preview.drafts;
    setPreview(null);
    const result = await run(() =>
      commitImport(requireDatabase(), requireStoreKey(), drafts, ownerName, setProgress),
    );
    if (result) setOutcome(result);
  };

  return (
    <div className="card" data-testid="import-panel">
      <label className="file">
        {t('orders.import.choose')}
        <input
          type="file"
          accept=".csv,.tsv,.txt,.xlsx"
          disabled={busy}
          onChange={(event) => void choose(event.target.files?.[0])}
          data-testid="import-file"
        />
      </label>
      <ErrorLine message={error} />
      {preview && (
        <div data-testid="import-preview">
          <p data-testid="import-summary">
            {t('orders.import.summary', {
              total: preview.total,
              valid: preview.validRows,
              errors: new Set(preview.errors.map((e) => e.row)).size,
            })}
          </p>
          {preview.errors.length > 0 && (
            <table className="table" data-testid="import-errors">
              <thead>
                <tr>
                  <th>{t('orders.import.row')}</th>
                  <th>{t('orders.import.column')}</th>
                  <th>{t('orders.import.problem')}</th>
                  <th>{t('orders.import.value')}</th>
                </tr>
              </thead>
              <tbody>
                {preview.errors.slice(0, shownErrors).map((rowError, index) => (
                  <tr key={index}>
                    <td className="num">{rowError.row}</td>
                    <td>{rowError.column}</td>
                    <td>{t(`orders.import.problems.${rowError.code}`)}</td>
                    <td>{rowError.value}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {preview.drafts.length > 0 ? (
            <button
              className="primary"
              disabled={busy}
              onClick={() => void confirm()}
              data-testid="import-confirm"
            >
              {t('orders.import.confirm', { count: preview.drafts.length })}
            </button>
          ) : (
            <p>{t('orders.import.nothing')}</p>
          )}
        </div>
      )}
      {progress && !outcome && (
        <p role="status" data-testid="import-progress" data-saved={progress.saved}>
          {t('orders.import.progress', { saved: progress.saved, total: progress.total })}
        </p>
      )}
      {outcome && (
        <div role="status" data-testid="import-done" data-saved={outcome.saved}>
          <p>{t('orders.import.done', { saved: outcome.saved })}</p>
          {outcome.refused.map((refusal, index) => (
            <p className="error" key={index}>
              {t('orders.import.row')} {refusal.refs.join(', ')}:{' '}
              {t(`errors.${refusal.error.code}`, { detail: refusal.error.message, ...refusal.error.details })}
            </p>
          ))}
        </div>
      )}
    </div>
  );
}
