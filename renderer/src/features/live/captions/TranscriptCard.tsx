import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveFeedDoc } from '../../../../../app/db/schemas/live-feed';
import { toSrt, toVtt } from '../../../../../app/domain/speech';
import { checkCompliance } from '../../../../../app/text/compliance';
import { useDatabaseStore } from '../../../data/database-store';
import { watchDocs } from '../../../data/watch';
import { Card, Empty } from '../../../shared/ui';
import { downloadBytes } from '../../orders/services/pick-list-export';
import { clock } from '../use-now';
import { ComplianceText } from './ComplianceText';
import { useComplianceTerms } from './compliance-terms';
import { ReplayForm } from './ReplayForm';

/** Everything the host said in a session, searchable, exportable as subtitles for the replay. */
export function TranscriptCard({ sessionId, title }: { sessionId: string; title: string }) {
  const { t } = useTranslation();
  const db = useDatabaseStore((state) => (state.phase === 'ready' ? state.db : null));
  const ownerTerms = useComplianceTerms((state) => state.terms);
  const [lines, setLines] = useState<LiveFeedDoc[]>([]);
  const [query, setQuery] = useState('');

  useEffect(() => {
    if (!db) return undefined;
    const subscription = watchDocs(
      db.liveFeed.find({ selector: { sessionId, kind: 'transcript' }, sort: [{ at: 'asc' }] }).$,
      setLines,
    );
    return () => subscription.unsubscribe();
  }, [db, sessionId]);

  const firstAt = lines[0]?.at ?? 0;
  const cues = useMemo(
    () =>
      lines.map((line) => ({
        startMs: line.at - firstAt,
        endMs: line.at - firstAt + Math.max(0, line.endMs - line.startMs),
        text: line.text,
      })),
    [lines, firstAt],
  );
  const needle = query.trim();
  const shown = lines.filter((line) => !needle || line.text.includes(needle));
  const exportAs = (kind: 'srt' | 'vtt') =>
    downloadBytes(
      new TextEncoder().encode(kind === 'srt' ? toSrt(cues) : toVtt(cues)),
      `${title}.${kind}`,
      kind === 'srt' ? 'application/x-subrip' : 'text/vtt',
    );

  return (
    <Card title={t('live.transcript.heading', { title })}>
      <div className="row">
        <input
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          placeholder={t('live.transcript.search')}
          aria-label={t('live.transcript.search')}
          data-testid="transcript-search"
        />
        <span className="muted">
          {t('live.transcript.count', { count: shown.length, total: lines.length })}
        </span>
        <button disabled={lines.length === 0} onClick={() => exportAs('srt')} data-testid="transcript-srt">
          {t('live.transcript.srt')}
        </button>
        <button disabled={lines.length === 0} onClick={() => exportAs('vtt')} data-testid="transcript-vtt">
          {t('live.transcript.vtt')}
        </button>
      </div>
      <ReplayForm sessionId={sessionId} />
      {lines.length === 0 && <Empty>{t('live.transcript.empty')}</Empty>}
      <ol className="captions" data-testid="transcript-lines">
        {shown.slice(0, 300).map((line) => (
          <li key={line.id}>
            <span className="mono muted">{clock(line.at - firstAt)}</span>{' '}
            <ComplianceText
              text={line.text}
              hits={checkCompliance(line.text, { extraTerms: ownerTerms }).hits}
            />
          </li>
        ))}
      </ol>
    </Card>
  );
}
