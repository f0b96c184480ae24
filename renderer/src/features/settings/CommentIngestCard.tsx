import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IngestInfo } from '../../../../app/contract';
import { requireBridge } from '../../bridge/bridge-store';
import { ErrorLine } from '../../shared/ErrorLine';
import { Card } from '../../shared/ui';
import { useAction } from '../../shared/use-action';

/** A read-only value with a copy button; without clipboard access the text is selected for Ctrl+C. */
function CopyField({ label, value, testId }: { label: string; value: string; testId: string }) {
  const { t } = useTranslation();
  const field = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);
  const copy = () => {
    // Chained so that a missing clipboard API (older shells, denied permission) also lands in the fallback.
    void Promise.resolve()
      .then(() => navigator.clipboard.writeText(value))
      .then(
        () => setCopied(true),
        () => field.current?.select(),
      );
  };
  return (
    <div className="row">
      <label>
        {label}{' '}
        <input
          ref={field}
          readOnly
          value={value}
          size={Math.max(20, value.length)}
          className="mono"
          data-testid={testId}
          onFocus={(event) => event.target.select()}
        />
      </label>
      <button type="button" onClick={copy} data-testid={`${testId}-copy`}>
        {copied ? t('settings.ingest.copied') : t('settings.ingest.copy')}
      </button>
    </div>
  );
}

/** The loopback endpoint platform bridges post live comments to, and what they need to reach it. */
export function CommentIngestCard() {
  const { t } = useTranslation();
  const [info, setInfo] = useState<IngestInfo | null>(null);
  const [enabled, setEnabled] = useState(false);
  const [port, setPort] = useState('');
  const { run, error, busy } = useAction();

  const adopt = (next: IngestInfo) => {
    setInfo(next);
    setEnabled(next.enabled);
    setPort(String(next.port));
  };

  useEffect(() => {
    void run(async () => adopt(await requireBridge().call('comments.getIngest', {})));
    // Once per mount: run is recreated every render and must not refetch.
  }, []);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const portNumber = Number(port);
    void run(async () =>
      adopt(
        await requireBridge().call('comments.setIngest', {
          enabled,
          ...(Number.isInteger(portNumber) && portNumber > 0 ? { port: portNumber } : {}),
        }),
      ),
    );
  };

  const example = info
    ? `curl -X POST ${info.url} -H "Authorization: Bearer ${info.token}" -H "Content-Type: application/json" ` +
      `-d '{"platform":"douyin","userId":"u1","nickname":"张阿姨","text":"要两盒鸡蛋","time":${Date.now()}}'`
    : '';

  return (
    <Card title={t('settings.ingest.heading')}>
      <form className="row" onSubmit={apply}>
        <label>
          <input
            type="checkbox"
            checked={enabled}
            onChange={(event) => setEnabled(event.target.checked)}
            data-testid="ingest-enabled"
          />{' '}
          {t('settings.ingest.enabled')}
        </label>
        <label>
          {t('settings.ingest.port')}{' '}
          <input
            value={port}
            onChange={(event) => setPort(event.target.value)}
            inputMode="numeric"
            size={6}
            data-testid="ingest-port"
          />
        </label>
        <button className="primary" disabled={busy} data-testid="ingest-apply">
          {t('settings.ingest.apply')}
        </button>
      </form>
      {info && (
        <>
          <p data-testid="ingest-state" data-listening={String(info.listening)}>
            <span className="badge">
              {info.listening ? t('settings.ingest.listening') : t('settings.ingest.stopped')}
            </span>
            {info.problem && <span className="warning"> {t(`settings.ingest.problem.${info.problem}`)}</span>}
          </p>
          <CopyField label={t('settings.ingest.url')} value={info.url} testId="ingest-url" />
          <CopyField label={t('settings.ingest.wsUrl')} value={info.wsUrl} testId="ingest-ws-url" />
          <CopyField label={t('settings.ingest.token')} value={info.token} testId="ingest-token" />
          <p className="muted">
            {t('settings.ingest.example')}： <code data-testid="ingest-example">{example}</code>
          </p>
        </>
      )}
      <p className="muted">{t('settings.ingest.help')}</p>
      <ErrorLine message={error} />
    </Card>
  );
}
