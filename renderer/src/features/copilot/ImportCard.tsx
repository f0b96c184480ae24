import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportResult } from '../../../../app/contract/comments';
import { requireBridge } from '../../bridge/bridge-store';
import { ErrorLine } from '../../shared/ErrorLine';
import { Card } from '../../shared/ui';
import { useAction } from '../../shared/use-action';
import { storeComments } from './comment-tracker';

/** Skipped lines listed by reason; the rest are only counted, a long log's noise is not worth reading. */
const reasonsShown = 5;

function readFile(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsText(file);
  });
}

/** 导入评论: a pasted or opened comment log, stored and read exactly as comments heard live. */
export function ImportCard() {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [result, setResult] = useState<ImportResult | null>(null);
  const { run, error, busy } = useAction();
  const importLog = () =>
    void run(async () => {
      const read = await requireBridge().call('comments.importLog', { text, format: 'auto' });
      await storeComments(read.comments);
      setResult(read);
      setText('');
    });
  const open = (file: File | undefined) => {
    if (file) void run(async () => setText(await readFile(file)));
  };
  return (
    <Card title={t('copilot.import.heading')}>
      <p className="muted">{t('copilot.import.hint')}</p>
      <textarea
        rows={6}
        value={text}
        onChange={(event) => setText(event.target.value)}
        placeholder={t('copilot.import.placeholder')}
        aria-label={t('copilot.import.heading')}
        data-testid="import-text"
      />
      <div className="row">
        <label>
          {t('copilot.import.file')}{' '}
          <input
            type="file"
            accept=".txt,.csv,.tsv,.jsonl,text/*"
            onChange={(e) => open(e.target.files?.[0])}
          />
        </label>
        <button
          type="button"
          disabled={busy || text.trim() === ''}
          onClick={importLog}
          data-testid="import-run"
        >
          {t('copilot.import.run')}
        </button>
      </div>
      <ErrorLine message={error} />
      {result && (
        <div data-testid="import-result">
          <p>
            {t('copilot.import.counts', { imported: result.comments.length, skipped: result.skippedTotal })}
          </p>
          <ul>
            {result.skipped.slice(0, reasonsShown).map(({ line, reason }) => (
              <li key={line}>
                {t('copilot.import.skippedLine', { line, reason: t(`copilot.import.reason.${reason}`) })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </Card>
  );
}
