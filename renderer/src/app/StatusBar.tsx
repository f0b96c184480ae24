import { useTranslation } from 'react-i18next';
import { useObsStore } from '../features/live/obs-store';
import { useStatusStore } from './status-store';

export function StatusBar() {
  const { t } = useTranslation();
  const { bridge, online } = useStatusStore();
  const obsState = useObsStore((state) => state.status?.state ?? 'disconnected');
  const obsConfigured = useObsStore((state) => state.status?.configured ?? false);
  return (
    <footer className="status-bar" data-testid="status-bar">
      <span data-testid="status-network" className={online ? 'ok' : 'bad'}>
        {t('status.network')}：{online ? t('status.online') : t('status.offline')}
      </span>
      <span data-testid="status-host" className={bridge === 'connected' ? 'ok' : 'bad'}>
        {t('status.host')}：{t(`status.${bridge}`)}
      </span>
      <span data-testid="status-sync">
        {t('status.sync')}：{t('status.syncOff')}
      </span>
      <span
        data-testid="status-obs"
        data-state={obsState}
        className={obsState === 'connected' ? 'ok' : obsState === 'disconnected' ? '' : 'bad'}
      >
        {t('status.obs')}：{obsConfigured ? t(`live.obs.state.${obsState}`) : t('status.obsNotConfigured')}
      </span>
    </footer>
  );
}
