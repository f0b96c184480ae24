import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { toDbError } from '../../app/db/db-errors';
import { App } from './app/App';
import { trackStatus } from './app/status-store';
import { setBridge } from './bridge/bridge-store';
import { startBridge } from './bridge/start-bridge';
import { useDatabaseStore } from './data/database-store';
import { trackComments } from './features/copilot/comment-tracker';
import { trackSpeech } from './features/live/captions/captions-store';
import { trackObs } from './features/live/obs-store';
import { openStoreDatabase } from './data/open-database';
import { initI18n } from './i18n/i18n';
import './app/styles.css';

// zod would probe `new Function` to speed up parsing; the strict CSP forbids eval, so say so up front.
z.config({ jitless: true });

async function boot(): Promise<void> {
  await initI18n();
  const root = document.getElementById('root');
  if (!root) throw new Error('#root missing from index.html');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  const bridge = startBridge();
  setBridge(bridge);
  trackStatus(bridge);
  trackObs(bridge);
  trackSpeech(bridge);
  trackComments(bridge);
  try {
    const { db, store } = await openStoreDatabase((migration) =>
      useDatabaseStore.setState({ phase: 'opening', migration }),
    );
    useDatabaseStore.setState({ phase: 'ready', db, store });
  } catch (error) {
    const typed = toDbError(error);
    useDatabaseStore.setState({ phase: 'failed', code: typed.code, message: typed.message });
  }
}

void boot();
