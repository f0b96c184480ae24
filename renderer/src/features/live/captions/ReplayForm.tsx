import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { requireBridge } from '../../../bridge/bridge-store';
import { requireDatabase } from '../../../data/database-store';
import { ErrorLine } from '../../../shared/ErrorLine';
import { useAction } from '../../../shared/use-action';
import { useObsStore } from '../obs-store';
import { useCaptionsStore } from './captions-store';
import { transcribeRecording } from './captions-service';

/** Transcribes a recording into the session: OBS's newest recording is offered first. */
export function ReplayForm({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const newest = useObsStore((state) => state.recordings[0]?.path ?? '');
  const ready = useCaptionsStore((state) => state.status?.ready ?? false);
  const [path, setPath] = useState('');
  const [done, setDone] = useState('');
  const { run, error, busy } = useAction();
  const file = path.trim() || newest;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone('');
    void run(async () => {
      await transcribeRecording(requireDatabase(), requireBridge(), {
        sessionId,
        path: file,
        startedAt: Date.now(),
      });
      setDone(t('live.transcript.replayDone'));
    });
  };
  if (!ready) return null;
  return (
    <form className="row" onSubmit={submit}>
      <input
        value={path}
        onChange={(event) => setPath(event.target.value)}
        placeholder={newest || t('live.transcript.replayPath')}
        aria-label={t('live.transcript.replayPath')}
        size={40}
        data-testid="replay-path"
      />
      <button disabled={busy || !file} data-testid="replay-start">
        {busy ? t('live.transcript.replayBusy') : t('live.transcript.replay')}
      </button>
      {done && (
        <span className="success" data-testid="replay-done">
          {done}
        </span>
      )}
      <ErrorLine message={error} />
    </form>
  );
}
