import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { requireDatabase, requireStoreKey } from '../../data/database-store';
import { useStatusStore } from '../../app/status-store';
import { errorMessage } from '../../i18n/error-message';
import { isLocale, locales } from '../../i18n/i18n';
import { Card, Page } from '../../shared/ui';
import { ComplianceTermsCard } from './ComplianceTermsCard';
import { resetDemo, saveLocale, useSettingsStore } from './settings-store';
import { SpeechModelCard } from './SpeechModelCard';
import { AiProviderCard } from './AiProviderCard';
import { CommentIngestCard } from './CommentIngestCard';

const localeNames: Record<(typeof locales)[number], string> = { 'zh-CN': '简体中文', en: 'English' };

export function SettingsPage() {
  const { t, i18n } = useTranslation();
  const { storeName, busy } = useSettingsStore();
  const host = useStatusStore((state) => state.host);
  const [notice, setNotice] = useState<string>('');
  const run = (action: () => Promise<void>, done: string) => {
    setNotice('');
    action().then(
      () => setNotice(done),
      (error: unknown) => setNotice(errorMessage(t, error)),
    );
  };
  return (
    <Page title={t('settings.heading')} testId="page-settings">
      <Card title={t('settings.language')}>
        <select
          data-testid="language"
          value={i18n.language}
          onChange={(event) => {
            const locale = event.target.value;
            if (isLocale(locale)) run(() => saveLocale(requireDatabase(), locale), '');
          }}
        >
          {locales.map((locale) => (
            <option key={locale} value={locale}>
              {localeNames[locale]}
            </option>
          ))}
        </select>
      </Card>
      <Card title={t('settings.store')}>
        <p>
          {t('settings.storeName')}：<strong data-testid="store-name">{storeName}</strong>
        </p>
        <p className="muted">{t('settings.dataLocation')}</p>
      </Card>
      <SpeechModelCard />
      <AiProviderCard />
      <CommentIngestCard />
      <ComplianceTermsCard />
      <Card title={t('settings.demoData')}>
        <button
          className="danger"
          disabled={busy}
          data-testid="reset-demo"
          onClick={() => {
            if (window.confirm(t('settings.resetConfirm')))
              run(() => resetDemo(requireDatabase(), requireStoreKey()), t('settings.resetDone'));
          }}
        >
          {t('settings.resetDemo')}
        </button>
        {notice && (
          <p role="status" data-testid="settings-notice">
            {notice}
          </p>
        )}
      </Card>
      <Card title={t('settings.about')}>
        <p>
          {t('settings.version')} {host?.appVersion ?? '…'} · {t('settings.mode')}{' '}
          {host ? t(`settings.modes.${host.mode}`) : '…'}
        </p>
      </Card>
    </Page>
  );
}
