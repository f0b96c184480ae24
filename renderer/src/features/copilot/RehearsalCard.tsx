import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { requireBridge } from '../../bridge/bridge-store';
import { ErrorLine } from '../../shared/ErrorLine';
import { OptionSelect } from '../../shared/OptionSelect';
import { Card } from '../../shared/ui';
import { useAction } from '../../shared/use-action';
import { useCopilotStore } from './copilot-store';

const speeds = [0.5, 1, 2, 4, 8] as const;

/** A scripted audience to practise with: its comments go through the same path as a real live's. */
export function RehearsalCard() {
  const { t } = useTranslation();
  const rehearsal = useCopilotStore((state) => state.rehearsal);
  const [speed, setSpeed] = useState('1');
  const { run, error, busy } = useAction();
  const playing = rehearsal?.state === 'playing';
  const start = () =>
    void run(async () => {
      const state = await requireBridge().call('comments.startRehearsal', {
        script: 'default',
        speed: Number(speed),
        loop: false,
      });
      useCopilotStore.setState({ rehearsal: state });
    });
  const stop = () =>
    void run(async () => {
      if (!rehearsal) return;
      const state = await requireBridge().call('comments.stopRehearsal', {
        rehearsalId: rehearsal.rehearsalId,
      });
      useCopilotStore.setState({ rehearsal: state });
    });
  return (
    <Card title={t('copilot.rehearsal.heading')}>
      <p className="muted">{t('copilot.rehearsal.hint')}</p>
      <div className="row">
        <OptionSelect
          value={speed}
          onChange={setSpeed}
          options={speeds.map((value) => ({ value: String(value), label: `${value}×` }))}
          label={t('copilot.rehearsal.speed')}
          testId="rehearsal-speed"
        />
        <button type="button" disabled={busy} onClick={start} data-testid="rehearsal-start">
          {t('copilot.rehearsal.start')}
        </button>
        <button type="button" disabled={busy || !playing} onClick={stop} data-testid="rehearsal-stop">
          {t('copilot.rehearsal.stop')}
        </button>
      </div>
      {rehearsal && (
        <p className="muted" data-testid="rehearsal-state" data-state={rehearsal.state}>
          {t('copilot.rehearsal.progress', {
            state: t(`copilot.rehearsal.state.${rehearsal.state}`),
            played: rehearsal.played,
            total: rehearsal.total,
          })}
        </p>
      )}
      <ErrorLine message={error} />
    </Card>
  );
}
