import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { requireBridge } from '../../bridge/bridge-store';
import { ErrorLine } from '../../shared/ErrorLine';
import { Card } from '../../shared/ui';
import { useAction } from '../../shared/use-action';
import { useHotkeyStore } from './hotkeys';
import { useObsStore } from './obs-store';

const linliScene = /^Linli /;

/** Scenes as buttons (program filled, preview outlined), studio mode, and the Linli overlay install. */
export function ScenesCard() {
  const { t } = useTranslation();
  const scenes = useObsStore((state) => state.scenes);
  const connected = useObsStore((state) => state.status?.state === 'connected');
  const sceneKeys = useHotkeyStore((state) => state.keys.scenes);
  const [installNote, setInstallNote] = useState('');
  const [addTo, setAddTo] = useState<string[]>([]);
  const { run, error, busy } = useAction();
  const bridge = () => requireBridge();

  if (!connected || !scenes) return null;
  const ownScenes = scenes.scenes.filter((name) => !linliScene.test(name));
  const install = () =>
    void run(async () => {
      const result = await bridge().call('obs.installOverlay', { addToScenes: addTo }, { timeoutMs: 30_000 });
      setInstallNote(
        t('live.scenes.installed', { created: result.created.length, existing: result.existing.length }),
      );
    });

  return (
    <Card title={t('live.scenes.heading')}>
      <div className="row" data-testid="obs-scenes">
        {scenes.scenes.map((name) => (
          <button
            key={name}
            className={name === scenes.program ? 'primary' : name === scenes.preview ? 'preview' : ''}
            aria-pressed={name === scenes.program}
            disabled={busy}
            onClick={() => void run(() => bridge().call('obs.setScene', { sceneName: name, target: 'auto' }))}
          >
            {name}
            {sceneKeys[name] && <kbd> {sceneKeys[name]}</kbd>}
          </button>
        ))}
      </div>
      <div className="row">
        <label>
          <input
            type="checkbox"
            checked={scenes.studioMode}
            onChange={(event) =>
              void run(() => bridge().call('obs.setStudioMode', { enabled: event.target.checked }))
            }
          />{' '}
          {t('live.scenes.studioMode')}
        </label>
        {scenes.studioMode && (
          <button
            onClick={() => void run(() => bridge().call('obs.transition', {}))}
            data-testid="obs-transition"
          >
            {t('live.scenes.transition')}
          </button>
        )}
      </div>
      <details>
        <summary>{t('live.scenes.overlay')}</summary>
        <p className="muted">{t('live.scenes.overlayHelp')}</p>
        <div className="row">
          {ownScenes.map((name) => (
            <label key={name}>
              <input
                type="checkbox"
                checked={addTo.includes(name)}
                onChange={(event) =>
                  setAddTo((list) =>
                    event.target.checked ? [...list, name] : list.filter((item) => item !== name),
                  )
                }
              />{' '}
              {name}
            </label>
          ))}
        </div>
        <button onClick={install} disabled={busy} data-testid="obs-install-overlay">
          {t('live.scenes.install')}
        </button>
        {installNote && (
          <p className="success" role="status" data-testid="obs-install-note">
            {installNote}
          </p>
        )}
      </details>
      <ErrorLine message={error} />
    </Card>
  );
}
