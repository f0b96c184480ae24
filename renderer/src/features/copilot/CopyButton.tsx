import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Copies a text for the owner to paste into the group chat; says so, since nothing else visibly changes. */
export function CopyButton({ text, testId }: { text: string; testId?: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      data-testid={testId}
      onClick={() =>
        void navigator.clipboard.writeText(text).then(
          () => setCopied(true),
          () => setCopied(false),
        )
      }
    >
      {copied ? t('copilot.handoff.copied') : t('copilot.handoff.copy')}
    </button>
  );
}
