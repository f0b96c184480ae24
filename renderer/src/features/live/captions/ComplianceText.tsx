import { useTranslation } from 'react-i18next';
import type { ComplianceHit } from '../../../../../app/text/compliance';

/** The text with risky words marked; the rule and a safe wording on hover and in a line below. */
export function ComplianceText({ text, hits }: { text: string; hits: readonly ComplianceHit[] }) {
  const { t, i18n } = useTranslation();
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const hit of [...hits].sort((a, b) => a.start - b.start)) {
    if (hit.start < at) continue;
    parts.push(text.slice(at, hit.start));
    const rule = i18n.language === 'en' ? hit.ruleText.en : hit.ruleText.zh;
    parts.push(
      <mark key={hit.start} className="risky" title={`${rule} → ${hit.suggestion}`} data-rule={hit.rule}>
        {text.slice(hit.start, hit.end)}
      </mark>,
    );
    at = hit.end;
  }
  parts.push(text.slice(at));
  return (
    <span>
      {parts}
      {hits.length > 0 && (
        <small className="risky-advice" data-testid="compliance-advice">
          {hits
            .map((hit) => t('live.captions.advice', { term: hit.term, suggestion: hit.suggestion }))
            .join('；')}
        </small>
      )}
    </span>
  );
}
