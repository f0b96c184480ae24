import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { requireDatabase } from '../../data/database-store';
import { ErrorLine } from '../../shared/ErrorLine';
import { OptionSelect } from '../../shared/OptionSelect';
import { Card } from '../../shared/ui';
import { useAction } from '../../shared/use-action';
import { keyName, saveHotkeys, useHotkeyStore, type LiveHotkeys } from './hotkeys';
import { useObsStore } from './obs-store';

/** Which key does what during a live, and the scene products go on air in. */
export function HotkeysCard() {
  const { t } = useTranslation();
  const keys = useHotkeyStore((state) => state.keys);
  const obsScenes = useObsStore((state) => state.scenes);
  const scenes = obsScenes?.scenes ?? [];
  const [capturing, setCapturing] = useState<string | null>(null);
  const { run, error } = useAction();
  const save = (next: LiveHotkeys) => void run(() => saveHotkeys(requireDatabase(), next));

  const capture = (target: string) => (event: React.KeyboardEvent) => {
    event.preventDefault();
    if (['Control', 'Alt', 'Shift', 'Meta'].includes(event.key)) return;
    const name = event.key === 'Escape' ? '' : keyName(event.nativeEvent);
    setCapturing(null);
    if (target === 'next') save({ ...keys, next: name || keys.next });
    else {
      const sceneKeys = { ...keys.scenes };
      if (name) sceneKeys[target] = name;
      else delete sceneKeys[target];
      save({ ...keys, scenes: sceneKeys });
    }
  };
  const keyButton = (target: string, current: string | undefined) => (
    <button
      onClick={() => setCapturing(target)}
      onKeyDown={capturing === target ? capture(target) : undefined}
      onBlur={() => setCapturing(null)}
      data-testid={`hotkey-${target}`}
    >
      {capturing === target ? t('live.hotkeys.press') : current || t('live.hotkeys.none')}
    </button>
  );

  return (
    <Card title={t('live.hotkeys.heading')}>
      <div className="row">
        <span>{t('live.hotkeys.next')}</span>
        {keyButton('next', keys.next)}
        <span>{t('live.hotkeys.productScene')}</span>
        <OptionSelect
          value={keys.productScene}
          onChange={(productScene) => save({ ...keys, productScene })}
          options={[...new Set([keys.productScene, ...scenes].filter(Boolean))].map((name) => ({
            value: name,
            label: name,
          }))}
          none={t('live.hotkeys.keepScene')}
          label={t('live.hotkeys.productScene')}
        />
      </div>
      {scenes.map((scene) => (
        <div className="row" key={scene}>
          <span>{scene}</span>
          {keyButton(scene, keys.scenes[scene])}
        </div>
      ))}
      <p className="muted">{t('live.hotkeys.help')}</p>
      <ErrorLine message={error} />
    </Card>
  );
}
