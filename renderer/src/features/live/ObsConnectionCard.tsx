import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AppError } from '../../../../app/contract';
import { requireBridge } from '../../bridge/bridge-store';
import { errorMessage } from '../../i18n/error-message';
import { ErrorLine } from '../../shared/ErrorLine';
import { Card } from '../../shared/ui';
import { useAction } from '../../shared/use-action';
import { refreshObs, useObsStore } from './obs-store';
import { SecretInput } from '../../shared/SecretInput';

/** Where OBS is and how to get in; the password goes to main's secrets and never comes back. */
export function ObsConnectionCard() {
  const { t } = useTranslation();
  const { status, config } = useObsStore();
  const [host, setHost] = useState('127.0.0.1');
  const [port, setPort] = useState('4455');
  const [password, setPassword] = useState('');
  const [autoConnect, setAutoConnect] = useState(true);
  const { run, error, busy } = useAction();

  useEffect(() => {
    if (!config) return;
    if (config.host) setHost(config.host);
    setPort(String(config.port));
    setAutoConnect(config.autoConnect);
  }, [config]);

  const connect = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const bridge = requireBridge();
      const saved = await bridge.call('obs.saveConfig', {
        host: host.trim(),
        port: Number(port),
        autoConnect,
        ...(password ? { password } : {}),
      });
      setPassword('');
      useObsStore.setState({ config: saved });
      await bridge.call('obs.connect', {}, { timeoutMs: 20_000 });
      await refreshObs(bridge);
    });
  };
  const disconnect = () => void run(() => requireBridge().call('obs.disconnect', {}));
  const state = status?.state ?? 'disconnected';

  return (
    <Card title={t('live.obs.heading')}>
      <p data-testid="obs-state" data-state={state}>
        <span className={`badge obs-${state}`}>{t(`live.obs.state.${state}`)}</span>{' '}
        {status?.obsVersion && (
          <span className="muted">
            OBS {status.obsVersion} · obs-websocket {status.webSocketVersion}
          </span>
        )}
        {state === 'reconnecting' && (
          <span className="muted"> {t('live.obs.retrying', { attempt: status?.attempt })}</span>
        )}
      </p>
      {status?.error && state !== 'connected' && (
        <p className="warning" data-testid="obs-error">
          {errorMessage(t, AppError.fromData(status.error))}
        </p>
      )}
      <form className="row" onSubmit={connect}>
        <label>
          {t('live.obs.host')}{' '}
          <input
            value={host}
            onChange={(event) => setHost(event.target.value)}
            data-testid="obs-host"
            size={14}
          />
        </label>
        <label>
          {t('live.obs.port')}{' '}
          <input
            value={port}
            onChange={(event) => setPort(event.target.value)}
            inputMode="numeric"
            data-testid="obs-port"
            size={5}
          />
        </label>
        <SecretInput
          label={t('live.obs.password')}
          value={password}
          onChange={setPassword}
          saved={config?.hasPassword ?? false}
          savedText={t('live.obs.passwordSaved')}
          testId="obs-password"
          size={14}
        />
        <label>
          <input
            type="checkbox"
            checked={autoConnect}
            onChange={(event) => setAutoConnect(event.target.checked)}
          />{' '}
          {t('live.obs.autoConnect')}
        </label>
        <button className="primary" disabled={busy} data-testid="obs-connect">
          {t('live.obs.connect')}
        </button>
        {state !== 'disconnected' && (
          <button type="button" onClick={disconnect} disabled={busy} data-testid="obs-disconnect">
            {t('live.obs.disconnect')}
          </button>
        )}
      </form>
      <p className="muted">{t('live.obs.help')}</p>
      <ErrorLine message={error} />
    </Card>
  );
}
