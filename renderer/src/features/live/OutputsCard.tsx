import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ObsOutput } from '../../../../app/contract';
import { requireBridge } from '../../bridge/bridge-store';
import { formatDateTime } from '../../shared/format';
import { ErrorLine } from '../../shared/ErrorLine';
import { SecretInput } from '../../shared/SecretInput';
import { Card } from '../../shared/ui';
import { useAction } from '../../shared/use-action';
import { useObsStore } from './obs-store';

const outputs: readonly ObsOutput[] = ['stream', 'record', 'virtualcam'];

/** Start and stop the stream, the recording and the virtual camera; finished recordings listed. */
export function OutputsCard() {
  const { t, i18n } = useTranslation();
  const { outputs: state, recordings, config, status } = useObsStore();
  const [server, setServer] = useState('');
  const [key, setKey] = useState('');
  const [lastFile, setLastFile] = useState('');
  const { run, error, busy } = useAction();
  if (status?.state !== 'connected' || !state) return null;

  const toggle = (output: ObsOutput, active: boolean) =>
    void run(async () => {
      const bridge = requireBridge();
      // Stopping a recording waits until OBS has finished the file; that can take a while.
      const result = await bridge.call(
        active ? 'obs.stopOutput' : 'obs.startOutput',
        { output },
        { timeoutMs: 90_000 },
      );
      if (result.path) setLastFile(result.path);
      useObsStore.setState({ outputs: await bridge.call('obs.getOutputs', {}) });
    });
  const saveTarget = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const saved = await requireBridge().call('obs.saveStreamTarget', {
        server: server.trim(),
        ...(key ? { key } : {}),
      });
      setKey('');
      useObsStore.setState({ config: saved });
    });
  };

  return (
    <Card title={t('live.outputs.heading')}>
      <div className="row" data-testid="obs-outputs">
        {outputs.map((output) => {
          const active = state[output].active;
          const missing = output === 'virtualcam' && !state.virtualcam.available;
          return (
            <button
              key={output}
              className={active ? 'danger' : ''}
              disabled={busy || missing}
              title={missing ? t('live.outputs.noVirtualcam') : undefined}
              onClick={() => toggle(output, active)}
              data-testid={`obs-${output}`}
              data-active={active}
            >
              {t(`live.outputs.${output}.${active ? 'stop' : 'start'}`)}
            </button>
          );
        })}
      </div>
      {lastFile && (
        <p className="success" role="status" data-testid="obs-last-recording">
          {t('live.outputs.saved', { file: lastFile })}
        </p>
      )}
      <details>
        <summary>{t('live.outputs.target')}</summary>
        <form className="row" onSubmit={saveTarget}>
          <input
            value={server}
            onChange={(event) => setServer(event.target.value)}
            placeholder={config?.streamServer || 'rtmp://'}
            aria-label={t('live.outputs.server')}
            size={30}
          />
          <SecretInput
            label={t('live.outputs.key')}
            value={key}
            onChange={setKey}
            saved={config?.hasStreamKey ?? false}
            savedText={t('live.obs.passwordSaved')}
          />
          <button disabled={busy}>{t('live.outputs.saveTarget')}</button>
        </form>
      </details>
      {recordings.length > 0 && (
        <details>
          <summary>{t('live.outputs.recordings', { count: recordings.length })}</summary>
          <ul data-testid="obs-recordings">
            {recordings.slice(0, 20).map((file) => (
              <li key={file.path}>
                <span className="mono">{file.name}</span> · {(file.bytes / 1_048_576).toFixed(1)} MB ·{' '}
                {formatDateTime(file.modifiedAt, i18n.language)}
              </li>
            ))}
          </ul>
        </details>
      )}
      <ErrorLine message={error} />
    </Card>
  );
}
