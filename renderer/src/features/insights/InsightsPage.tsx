import { useTranslation } from 'react-i18next';
import { formatFen } from '../../../../app/domain/money';
import { useWatch } from '../../data/use-watch';
import { Card, Page, Stat } from '../../shared/ui';
import { useInsightsStore, watchInsights } from './insights-store';

export function InsightsPage() {
  const { t, i18n } = useTranslation();
  useWatch(watchInsights);
  const { summary, members } = useInsightsStore();
  const show = (value: number | undefined, money = false) =>
    value === undefined ? '…' : money ? formatFen(value, i18n.language) : String(value);
  return (
    <Page title={t('insights.heading')} testId="page-insights">
      <Card title={t('insights.period')}>
        <div className="stats">
          <Stat label={t('insights.orders')} value={show(summary?.orders)} testId="stat-orders" />
          <Stat label={t('insights.revenue')} value={show(summary?.revenueFen, true)} testId="stat-revenue" />
          <Stat label={t('insights.aov')} value={show(summary?.averageOrderFen, true)} />
          <Stat label={t('insights.buyers')} value={show(summary?.buyers)} />
          <Stat label={t('insights.members')} value={show(members)} testId="stat-members" />
          <Stat label={t('insights.nps')} value={show(summary?.npsAnswers)} />
        </div>
      </Card>
    </Page>
  );
}
