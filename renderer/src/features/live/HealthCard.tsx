import { useTranslation } from 'react-i18next';
import { requireBridge } from '../../bridge/bridge-store';
import { OptionSelect } from '../../shared/OptionSelect';
import { Card, Stat } from '../../shared/ui';
import { useAction } from '../../shared/use-action';
import { ErrorLine } from '../../shared/ErrorLine';
import { useObsStore } from './obs-store';

const meterFloorDb = -60;

/** Stream health at a glance, alerts in words, and the microphone's level. */
export function HealthCard() {
  const { t } = useTranslation();
  const { health, level, config, audioInputs, status } = useObsStore();
  const { run, error } = useAction();
  if (status?.state !== 'connected') return null;
  const meterInput = config?.meterInput ?? '';
  const fill =
    level && level.inputName === meterInput ? Math.max(0, (level.peakDb - meterFloorDb) / -meterFloorDb) : 0;

  return (
    <Card title={t('live.health.heading')}>
      {health && (
        <div className="stats" data-testid="obs-health">
          <Stat label={t('live.health.fps')} value={health.fps.toFixed(0)} />
          <Stat label={t('live.health.cpu')} value={`${health.cpuUsage.toFixed(0)}%`} />
          <Stat label={t('live.health.dropped')} value={`${health.droppedPercent.toFixed(1)}%`} />
          <Stat label={t('live.health.skipped')} value={`${health.renderSkippedPercent.toFixed(1)}%`} />
          <Stat label={t('live.health.bitrate')} value={`${health.bitrateKbps.toFixed(0)} kbps`} />
        </div>
      )}
      {health?.alerts.map((alert) => (
        <p key={alert.code} className="warning" data-testid={`obs-alert-${alert.code}`}>
          {t(`live.health.alerts.${alert.code}`, {
            value: alert.value.toFixed(1),
            threshold: alert.threshold,
          })}
        </p>
      ))}
      <div className="row">
        <OptionSelect
          value={meterInput}
          onChange={(inputName) =>
            void run(async () => {
              const saved = await requireBridge().call('obs.setMeterInput', { inputName: inputName || null });
              useObsStore.setState({ config: saved });
            })
          }
          options={audioInputs.map((name) => ({ value: name, label: name }))}
          none={t('live.health.noMeter')}
          label={t('live.health.meterInput')}
          testId="obs-meter-input"
        />
        <meter
          className="level"
          min={0}
          max={1}
          low={0.6}
          high={0.9}
          optimum={0.5}
          value={fill}
          data-testid="obs-level"
          aria-label={t('live.health.level')}
        />
        {level && level.inputName === meterInput && (
          <span className="mono">{level.peakDb.toFixed(0)} dB</span>
        )}
      </div>
      <ErrorLine message={error} />
    </Card>
  );
}
