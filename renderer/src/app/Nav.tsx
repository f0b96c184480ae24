import { useTranslation } from 'react-i18next';
import { areas, type Area } from './areas';

const icons: Record<Area, string> = {
  orders: '🧾',
  members: '👥',
  campaigns: '🛒',
  live: '🎥',
  copilot: '🤖',
  courses: '🎓',
  insights: '📈',
  settings: '⚙️',
};

export function Nav({ current, storeName }: { current: Area; storeName: string }) {
  const { t } = useTranslation();
  return (
    <nav className="nav" aria-label={t('app.title')}>
      <div className="brand">
        <strong>{t('app.title')}</strong>
        <small data-testid="nav-store-name">{storeName}</small>
      </div>
      {areas.map((area) => (
        <a
          key={area}
          href={`#/${area}`}
          className={area === current ? 'active' : ''}
          aria-current={area === current ? 'page' : undefined}
          data-testid={`nav-${area}`}
        >
          <span aria-hidden="true">{icons[area]}</span> {t(`nav.${area}`)}
        </a>
      ))}
    </nav>
  );
}
