import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AppError,
  aiPresetBaseUrls,
  aiProviders,
  aiTimeoutLimits,
  type AiConfig,
  type AiConfigInput,
  type AiProvider,
} from '../../../../app/contract';
import { requireBridge } from '../../bridge/bridge-store';
import { errorMessage } from '../../i18n/error-message';
import { ErrorLine } from '../../shared/ErrorLine';
import { Card } from '../../shared/ui';
import { useAction } from '../../shared/use-action';
import { SecretInput } from '../../shared/SecretInput';

const presets: Partial<Record<AiProvider, string>> = aiPresetBaseUrls;
const presetUrl = (provider: AiProvider): string => presets[provider] ?? '';

const isRemote = (provider: AiProvider) => provider !== 'off' && provider !== 'local';

/** The copilot's language model: a hosted or loopback endpoint, or a GGUF file loaded by main. */
export function AiProviderCard() {
  const { t } = useTranslation();
  const [config, setConfig] = useState<AiConfig | null>(null);
  const [provider, setProvider] = useState<AiProvider>('off');
  const [baseUrl, setBaseUrl] = useState('');
  const [model, setModel] = useState('');
  // Never filled from the host: main keeps the key and only says whether one is stored.
  const [apiKey, setApiKey] = useState('');
  const [localPath, setLocalPath] = useState('');
  const [timeoutSeconds, setTimeoutSeconds] = useState(String(aiTimeoutLimits.default / 1000));
  const [notice, setNotice] = useState('');
  const { run, error, busy } = useAction();

  const adopt = (next: AiConfig) => {
    setConfig(next);
    setProvider(next.provider);
    setBaseUrl(next.baseUrl || presetUrl(next.provider));
    setModel(next.model);
    setLocalPath(next.localModelPath ?? '');
    setTimeoutSeconds(String(Math.round(next.timeoutMs / 1000)));
  };

  useEffect(() => {
    const bridge = requireBridge();
    void run(async () => adopt(await bridge.call('ai.getConfig', {})));
    // The local model loads in the background after a save; its progress arrives only as events.
    return bridge.on('ai.localStateChanged', (status) =>
      setConfig((current) =>
        current ? { ...current, localState: status.state, localError: status.error } : current,
      ),
    );
    // Once per mount: run is recreated every render and must not resubscribe.
  }, []);

  const input = (key: string | null | undefined): AiConfigInput => {
    const seconds = Number(timeoutSeconds);
    const timeoutMs = Math.round(seconds * 1000);
    const validTimeout =
      Number.isFinite(seconds) && timeoutMs >= aiTimeoutLimits.min && timeoutMs <= aiTimeoutLimits.max;
    return {
      provider,
      model: model.trim(),
      ...(isRemote(provider) && baseUrl.trim() ? { baseUrl: baseUrl.trim() } : {}),
      ...(key !== undefined ? { apiKey: key } : {}),
      ...(provider === 'local' && localPath.trim() ? { localModelPath: localPath.trim() } : {}),
      ...(validTimeout ? { timeoutMs } : {}),
    };
  };

  const save = (key: string | null | undefined) => {
    setNotice('');
    void run(async () => {
      adopt(await requireBridge().call('ai.saveConfig', input(key)));
      setApiKey('');
      setNotice(t('settings.ai.saved'));
    });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save(apiKey.trim() ? apiKey.trim() : undefined);
  };
  const test = () => {
    setNotice('');
    void run(async () => {
      // A local model answers its first token slowly on a cold start; allow the configured deadline.
      const result = await requireBridge().call(
        'ai.testConnection',
        {},
        { timeoutMs: (config?.timeoutMs ?? aiTimeoutLimits.default) + 5000 },
      );
      setNotice(t('settings.ai.testOk', { model: result.model, latency: Math.round(result.latencyMs) }));
    });
  };

  const choose = (next: AiProvider) => {
    setProvider(next);
    setBaseUrl(next === config?.provider && config.baseUrl ? config.baseUrl : presetUrl(next));
  };

  return (
    <Card title={t('settings.ai.heading')}>
      <p className="muted">{t('settings.ai.help')}</p>
      <form className="stack" onSubmit={submit}>
        <label>
          {t('settings.ai.provider')}{' '}
          <select
            value={provider}
            onChange={(event) => {
              const next = aiProviders.find((each) => each === event.target.value);
              if (next) choose(next);
            }}
            data-testid="ai-provider"
          >
            {aiProviders.map((each) => (
              <option key={each} value={each}>
                {t(`settings.ai.providers.${each}`)}
              </option>
            ))}
          </select>
        </label>
        {isRemote(provider) && (
          <div className="row">
            <label>
              {t('settings.ai.baseUrl')}{' '}
              <input
                value={baseUrl}
                onChange={(event) => setBaseUrl(event.target.value)}
                size={40}
                data-testid="ai-base-url"
              />
            </label>
            <SecretInput
              label={t('settings.ai.apiKey')}
              value={apiKey}
              onChange={setApiKey}
              saved={config?.hasApiKey ?? false}
              savedText={t('settings.ai.apiKeySaved')}
              testId="ai-api-key"
              size={24}
            />
            {config?.hasApiKey && (
              <button type="button" disabled={busy} onClick={() => save(null)} data-testid="ai-clear-key">
                {t('settings.ai.clearKey')}
              </button>
            )}
          </div>
        )}
        {provider === 'local' && (
          <label>
            {t('settings.ai.localPath')}{' '}
            <input
              value={localPath}
              onChange={(event) => setLocalPath(event.target.value)}
              size={60}
              data-testid="ai-local-path"
            />
          </label>
        )}
        {provider !== 'off' && (
          <div className="row">
            <label>
              {t('settings.ai.model')}{' '}
              <input
                value={model}
                onChange={(event) => setModel(event.target.value)}
                data-testid="ai-model"
              />
            </label>
            <label>
              {t('settings.ai.timeout')}{' '}
              <input
                value={timeoutSeconds}
                onChange={(event) => setTimeoutSeconds(event.target.value)}
                inputMode="numeric"
                size={4}
                data-testid="ai-timeout"
              />
            </label>
          </div>
        )}
        {config?.provider === 'local' && (
          <p data-testid="ai-local-state" data-state={config.localState}>
            {t(`settings.ai.localState.${config.localState}`)}
            {config.localError && (
              <span className="error"> {errorMessage(t, AppError.fromData(config.localError))}</span>
            )}
          </p>
        )}
        <div className="row">
          <button className="primary" disabled={busy} data-testid="ai-save">
            {t('settings.ai.save')}
          </button>
          <button
            type="button"
            disabled={busy || config?.provider === 'off'}
            onClick={test}
            data-testid="ai-test"
          >
            {t('settings.ai.test')}
          </button>
        </div>
      </form>
      {notice && (
        <p role="status" data-testid="ai-notice">
          {notice}
        </p>
      )}
      <ErrorLine message={error} />
    </Card>
  );
}
