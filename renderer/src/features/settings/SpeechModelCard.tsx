import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SttModel, SttModelId, SttStatus } from '../../../../app/contract';
import { requireBridge } from '../../bridge/bridge-store';
import { ErrorLine } from '../../shared/ErrorLine';
import { Card } from '../../shared/ui';
import { useAction } from '../../shared/use-action';
import { errorMessage } from '../../i18n/error-message';
import { AppError } from '../../../../app/contract';
import { useCaptionsStore } from '../live/captions/captions-store';

const megabytes = (bytes: number) => `${(bytes / 1_048_576).toFixed(0)} MB`;

function ModelRow({
  model,
  active,
  onStatus,
}: {
  model: SttModel;
  active: boolean;
  onStatus: (s: SttStatus) => void;
}) {
  const { t } = useTranslation();
  const progress = useCaptionsStore((state) => state.downloads[model.id]);
  const [path, setPath] = useState('');
  const { run, error, busy } = useAction();
  const call = (action: () => Promise<SttStatus>) => void run(async () => onStatus(await action()));
  const received = progress?.receivedBytes ?? model.receivedBytes;
  const usePath = (event: FormEvent) => {
    event.preventDefault();
    call(() => requireBridge().call('stt.useModelFile', { id: model.id, path: path.trim() }));
  };
  return (
    <tr data-testid={`stt-model-${model.id}`} data-state={model.state}>
      <td>
        <strong>{model.id}</strong> {active && <span className="badge">{t('settings.speech.active')}</span>}
        <div className="muted mono">{model.file}</div>
      </td>
      <td className="num">{megabytes(model.sizeBytes)}</td>
      <td className="mono" title={model.sha256}>
        {model.sha256.slice(0, 12)}…
      </td>
      <td>
        {t(`settings.speech.state.${model.state}`)}
        {model.state === 'downloading' && (
          <progress max={model.sizeBytes} value={received} data-testid={`stt-progress-${model.id}`} />
        )}
        {model.error && <div className="error">{errorMessage(t, AppError.fromData(model.error))}</div>}
      </td>
      <td>
        <div className="row">
          {model.state === 'downloading' ? (
            <button onClick={() => call(() => requireBridge().call('stt.cancelDownload', { id: model.id }))}>
              {t('settings.speech.cancel')}
            </button>
          ) : (
            model.state !== 'ready' && (
              <button
                disabled={busy}
                onClick={() => call(() => requireBridge().call('stt.downloadModel', { id: model.id }))}
                data-testid={`stt-download-${model.id}`}
              >
                {received > 0 ? t('settings.speech.resume') : t('settings.speech.download')}
              </button>
            )
          )}
          {model.state === 'ready' && !active && (
            <button onClick={() => call(() => requireBridge().call('stt.selectModel', { id: model.id }))}>
              {t('settings.speech.use')}
            </button>
          )}
        </div>
        <form className="row" onSubmit={usePath}>
          <input
            value={path}
            onChange={(event) => setPath(event.target.value)}
            placeholder={t('settings.speech.localPath')}
            aria-label={t('settings.speech.localPath')}
            data-testid={`stt-path-${model.id}`}
          />
          <button disabled={busy || !path.trim()} data-testid={`stt-use-file-${model.id}`}>
            {t('settings.speech.useFile')}
          </button>
        </form>
        <ErrorLine message={error} />
      </td>
    </tr>
  );
}

/** Speech models for live captions: none ships with the app; the owner downloads one or picks a file. */
export function SpeechModelCard() {
  const { t } = useTranslation();
  const status = useCaptionsStore((state) => state.status);
  const [mirror, setMirror] = useState('');
  const { run, error } = useAction();
  const setStatus = (next: SttStatus) => useCaptionsStore.setState({ status: next });
  useEffect(() => {
    if (status) setMirror(status.mirrorUrl);
  }, [status]);
  if (!status) return null;
  const ids: SttModelId[] = status.models.map((model) => model.id);
  return (
    <Card title={t('settings.speech.heading')}>
      <p className={status.ready ? 'muted' : 'warning'} data-testid="stt-status">
        {status.ready
          ? t('settings.speech.ready', {
              model: status.activeModel,
              engine: status.engine,
              threads: status.threads,
            })
          : t(`live.captions.off.${status.reason ?? 'noModel'}`)}
      </p>
      <table className="table">
        <tbody>
          {ids.map((id) => {
            const model = status.models.find((each) => each.id === id);
            return model ? (
              <ModelRow key={id} model={model} active={status.activeModel === id} onStatus={setStatus} />
            ) : null;
          })}
        </tbody>
      </table>
      <form
        className="row"
        onSubmit={(event) => {
          event.preventDefault();
          void run(async () =>
            setStatus(await requireBridge().call('stt.setMirror', { url: mirror.trim() })),
          );
        }}
      >
        <label>
          {t('settings.speech.mirror')}{' '}
          <input
            value={mirror}
            onChange={(event) => setMirror(event.target.value)}
            size={50}
            data-testid="stt-mirror"
          />
        </label>
        <button>{t('settings.speech.saveMirror')}</button>
      </form>
      <ErrorLine message={error} />
    </Card>
  );
}
