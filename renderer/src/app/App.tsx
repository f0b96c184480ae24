import { useEffect, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatabaseStore } from '../data/database-store';
import { CampaignsPage } from '../features/campaigns/CampaignsPage';
import { CopilotPage } from '../features/copilot/CopilotPage';
import { CoursesPage } from '../features/courses/CoursesPage';
import { InsightsPage } from '../features/insights/InsightsPage';
import { LivePage } from '../features/live/LivePage';
import { MembersPage } from '../features/members/MembersPage';
import { OrdersPage } from '../features/orders/OrdersPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { useSettingsStore, watchSettings } from '../features/settings/settings-store';
import type { Area } from './areas';
import { Nav } from './Nav';
import { StatusBar } from './StatusBar';
import { useStatusStore } from './status-store';
import { useArea } from './use-area';

const pages: Record<Area, ComponentType> = {
  orders: OrdersPage,
  members: MembersPage,
  campaigns: CampaignsPage,
  live: LivePage,
  copilot: CopilotPage,
  courses: CoursesPage,
  insights: InsightsPage,
  settings: SettingsPage,
};

export function App() {
  const { t } = useTranslation();
  const database = useDatabaseStore();
  const bridge = useStatusStore((state) => state.bridge);
  const storeName = useSettingsStore((state) => state.storeName);
  const area = useArea();
  const db = database.phase === 'ready' ? database.db : null;

  useEffect(() => {
    if (!db) return undefined;
    const subscriptions = watchSettings(db);
    return () => subscriptions.forEach((subscription) => subscription.unsubscribe());
  }, [db]);

  useEffect(() => {
    document.title = t('app.title');
  });

  if (database.phase === 'failed') {
    return (
      <main className="fatal" role="alert">
        <h1>{t('app.title')}</h1>
        <p>{t(`errors.${database.code}`, { detail: database.message })}</p>
      </main>
    );
  }
  if (database.phase === 'opening') {
    const migration = database.migration;
    return <main className="boot">{migration ? t('app.migrating', migration) : t('app.opening')}</main>;
  }
  const Current = pages[area];
  return (
    <div className="shell" data-ready="true">
      <Nav current={area} storeName={storeName} />
      <main className="content">
        {bridge === 'unauthorized' && (
          <div className="banner" role="alert" data-testid="unauthorized">
            <strong>{t('unauthorized.title')}</strong> {t('unauthorized.body')}
          </div>
        )}
        <Current />
      </main>
      <StatusBar />
    </div>
  );
}
