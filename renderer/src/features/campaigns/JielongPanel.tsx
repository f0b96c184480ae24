import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignDoc } from '../../../../app/db/schemas/campaigns';
import { requireDatabase, requireStoreKey } from '../../data/database-store';
import { errorMessage } from '../../i18n/error-message';
import { ErrorLine } from '../../shared/ErrorLine';
import { useAction } from '../../shared/use-action';
import { ownerName } from '../orders/OrderDetail';
import type { BatchOutcome } from '../orders/services/order-batch';
import { useSettingsStore } from '../settings/settings-store';
import { commitJielong, postText, previewJielong, type JielongPreview } from './jielong-service';

/** A 10k-line paste can hold thousands of chat lines; the owner needs the first ones, not a frozen page. */
const shownUnmatched = 200;

/** Post the list, paste back what the group made of it, check the reading, then create the orders. */
export function JielongPanel({ campaigns, names }: { campaigns: CampaignDoc[]; names: Map<string, string> }) {
  const { t, i18n } = useTranslation();
  const storeName = useSettingsStore((state) => state.storeName);
  const open = campaigns.filter((campaign) => campaign.status === 'open');
  const [campaignId, setCampaignId] = useState('');
  const campaign = open.find((c) => c.id === campaignId) ?? open[0];
  const [post, setPost] = useState('');
  const [copied, setCopied] = useState(false);
  const [chat, setChat] = useState('');
  const [preview, setPreview] = useState<JielongPreview | null>(null);
  const [outcome, setOutcome] = useState<BatchOutcome | null>(null);
  const { run, error, busy } = useAction();

  useEffect(() => {
    if (campaign) void postText(requireDatabase(), campaign, storeName, i18n.language).then(setPost);
  }, [campaign, storeName, i18n.language]);

  if (!campaign) return null;
  const read = () => {
    setOutcome(null);
    void run(async () => setPreview(await previewJielong(requireDatabase(), campaign, chat)));
  };
  const confirm = () => {
    if (!preview) return;
    const rows = preview.rows;
    void run(async () => {
      setOutcome(
        await commitJielong(requireDatabase(), requireStoreKey(), campaign, rows, ownerName, () => undefined),
      );
      setPreview(null);
    });
  };

  return (
    <div className="form wide" data-testid="jielong">
      <select
        value={campaign.id}
        onChange={(event) => setCampaignId(event.target.value)}
        aria-label={t('campaigns.jielong.campaign')}
      >
        {open.map((c) => (
          <option key={c.id} value={c.id}>
            {c.title}
          </option>
        ))}
      </select>
      <label>
        {t('campaigns.jielong.post')}
        <textarea readOnly rows={8} value={post} data-testid="jielong-post" />
      </label>
      <button
        type="button"
        onClick={() =>
          void navigator.clipboard.writeText(post).then(
            () => setCopied(true),
            () => setCopied(false),
          )
        }
      >
        {copied ? t('campaigns.jielong.copied') : t('campaigns.jielong.copy')}
      </button>
      <label>
        {t('campaigns.jielong.paste')}
        <textarea
          rows={8}
          // Spell-checking a pasted 10k-line chat froze Chromium for many seconds; it is names and numbers anyway.
          spellCheck={false}
          value={chat}
          onChange={(event) => setChat(event.target.value)}
          data-testid="jielong-chat"
        />
      </label>
      <button
        type="button"
        className="primary"
        disabled={busy || chat.trim() === ''}
        onClick={read}
        data-testid="jielong-read"
      >
        {t('campaigns.jielong.read')}
      </button>
      <ErrorLine message={error} />
      {preview && (
        <div data-testid="jielong-preview">
          <p data-testid="jielong-summary">
            {t('campaigns.jielong.summary', {
              lines: preview.lines,
              orders: preview.rows.length,
              unmatched: preview.unmatched.length,
            })}
          </p>
          <table className="table">
            <thead>
              <tr>
                <th>{t('campaigns.jielong.name')}</th>
                <th>{t('campaigns.jielong.member')}</th>
                <th>{t('campaigns.jielong.items')}</th>
                <th className="num">{t('campaigns.jielong.confidence')}</th>
                <th>{t('campaigns.jielong.lines')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((row) => (
                <tr key={row.name} data-testid="jielong-row">
                  <td>{row.name}</td>
                  <td>
                    {row.member ? (
                      row.member.name
                    ) : (
                      <span className="badge warn">{t('campaigns.jielong.newMember')}</span>
                    )}
                  </td>
                  <td>
                    {row.items
                      .map((item) => `${names.get(item.productId) ?? item.productId}×${item.qty}`)
                      .join('、')}
                  </td>
                  <td className="num">{Math.round(row.confidence * 100)}%</td>
                  <td>{row.lines.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {preview.unmatched.length > 0 && (
            <>
              <h3>{t('campaigns.jielong.unmatchedHeading')}</h3>
              <ul className="feed" data-testid="jielong-unmatched">
                {preview.unmatched.slice(0, shownUnmatched).map((line) => (
                  <li key={line.line}>
                    {line.line}: {line.text.slice(0, 80)} ·{' '}
                    <b>{t(`campaigns.jielong.reasons.${line.reason}`)}</b>
                  </li>
                ))}
              </ul>
            </>
          )}
          <button
            className="primary"
            disabled={busy || preview.rows.length === 0}
            onClick={confirm}
            data-testid="jielong-confirm"
          >
            {t('campaigns.jielong.confirm', { count: preview.rows.length })}
          </button>
        </div>
      )}
      {outcome && (
        <div role="status" data-testid="jielong-done">
          <p className="success">{t('campaigns.jielong.done', { saved: outcome.saved })}</p>
          {outcome.refused.map((refusal) => (
            <p className="error" key={refusal.refs.join()}>
              {t('campaigns.jielong.refused', {
                lines: refusal.refs.join(', '),
                reason: errorMessage(t, refusal.error),
              })}
            </p>
          ))}
        </div>
      )}
    </div>
  );
}
