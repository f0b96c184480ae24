import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkCompliance } from '../../../../../app/text/compliance';
import { requireBridge } from '../../../bridge/bridge-store';
import { requireDatabase } from '../../../data/database-store';
import { ErrorLine } from '../../../shared/ErrorLine';
import { OptionSelect } from '../../../shared/OptionSelect';
import { Card } from '../../../shared/ui';
import { useAction } from '../../../shared/use-action';
import { clock } from '../use-now';
import { useCaptionsStore } from './captions-store';
import { startCaptions, stopCaptions } from './captions-service';
import { ComplianceText } from './ComplianceText';
import { useComplianceTerms } from './compliance-terms';
import { listMicrophones } from './mic-capture';

const meterFloorDb = -60;

/** Live captions of the host, each line checked against the advertising-law word list as it arrives. */
export function CaptionsPanel({ sessionId }: { sessionId: string | null }) {
  const { t } = useTranslation();
  const { status, phase, lines, levelDb, deviceId, notice, streamState } = useCaptionsStore();
  const ownerTerms = useComplianceTerms((state) => state.terms);
  const [devices, setDevices] = useState<{ deviceId: string; label: string }[]>([]);
  const { run, error, busy } = useAction();

  useEffect(() => {
    const refresh = () => void listMicrophones().then(setDevices, () => setDevices([]));
    refresh();
    navigator.mediaDevices.addEventListener('devicechange', refresh);
    return () => navigator.mediaDevices.removeEventListener('devicechange', refresh);
  }, []);
  const checked = useMemo(
    () => lines.map((line) => ({ line, hits: checkCompliance(line.text, { extraTerms: ownerTerms }).hits })),
    [lines, ownerTerms],
  );
  const flagged = checked.filter((entry) => entry.hits.length > 0).length;

  if (!status) return null;
  const on = phase === 'listening' || phase === 'starting';
  return (
    <Card title={t('live.captions.heading')}>
      {!status.ready && (
        <p className="warning" data-testid="captions-off">
          {t(`live.captions.off.${status.reason ?? 'noModel'}`)}
        </p>
      )}
      {status.ready && (
        <div className="row">
          <OptionSelect
            value={deviceId}
            onChange={(value) => useCaptionsStore.setState({ deviceId: value })}
            options={devices.map((device, index) => ({
              value: device.deviceId,
              label: device.label || t('live.captions.mic', { number: index + 1 }),
            }))}
            none={t('live.captions.defaultMic')}
            label={t('live.captions.device')}
            testId="captions-device"
          />
          <button
            className={on ? 'danger' : 'primary'}
            disabled={busy || (!on && !sessionId)}
            onClick={() =>
              void run(() =>
                on
                  ? stopCaptions(requireBridge())
                  : startCaptions(requireDatabase(), requireBridge(), sessionId ?? ''),
              )
            }
            data-testid="captions-toggle"
            data-phase={phase}
          >
            {on ? t('live.captions.stop') : t('live.captions.start')}
          </button>
          <meter
            className="level"
            min={0}
            max={1}
            value={Math.max(0, (levelDb - meterFloorDb) / -meterFloorDb)}
            aria-label={t('live.health.level')}
            data-testid="captions-level"
          />
          <span className="muted" data-testid="captions-state">
            {t(`live.captions.state.${streamState}`, { defaultValue: streamState })}
          </span>
        </div>
      )}
      {!sessionId && status.ready && <p className="muted">{t('live.captions.needSession')}</p>}
      {notice && (
        <p className="warning" data-testid="captions-notice">
          {notice === 'unplugged' ? t('live.captions.unplugged') : notice}
        </p>
      )}
      {flagged > 0 && (
        <p className="warning" data-testid="captions-flagged">
          {t('live.captions.flagged', { count: flagged })}
        </p>
      )}
      <ol className="captions" data-testid="captions-lines">
        {checked.slice(-30).map(({ line, hits }) => (
          <li key={line.id} data-flagged={hits.length > 0}>
            <span className="mono muted">{clock(line.startMs)}</span>{' '}
            <ComplianceText text={line.text} hits={hits} />
          </li>
        ))}
      </ol>
      <ErrorLine message={error} />
    </Card>
  );
}
