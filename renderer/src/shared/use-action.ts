import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../i18n/error-message';

/**
 * Runs an owner's action and keeps what to tell them: the localized error (never a stack) or nothing.
 * Returns the action's result, or undefined when it was refused.
 */
export function useAction() {
  const { t } = useTranslation();
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const run = async <T>(action: () => Promise<T>): Promise<T | undefined> => {
    setError('');
    setBusy(true);
    try {
      return await action();
    } catch (thrown) {
      setError(errorMessage(t, thrown));
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  return { run, error, busy, setError };
}
