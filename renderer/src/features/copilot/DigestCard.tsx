import { useTranslation } from 'react-i18next';
import type { Digest } from '../../../../app/domain/copilot';
import { Card, Empty } from '../../shared/ui';

/** What the room is asking, buying and unhappy about, so the host can answer many viewers at once. */
export function DigestCard({ digest }: { digest: Digest | null }) {
  const { t } = useTranslation();
  return (
    <Card title={t('copilot.digest.heading')}>
      {digest === null || digest.total === 0 ? (
        <Empty>{t('copilot.digest.empty')}</Empty>
      ) : (
        <div data-testid="digest">
          <p className="muted">{t('copilot.digest.total', { count: digest.total })}</p>
          <h3>{t('copilot.digest.questions')}</h3>
          <ul>
            {digest.questions.map((cluster) => (
              <li key={cluster.key}>
                <b>{cluster.label}</b>{' '}
                <span className="muted">
                  {t('copilot.digest.asked', { count: cluster.count, people: cluster.people })}
                </span>
                <br />
                {cluster.needsOwner ? (
                  <span className="muted">{t('copilot.digest.needsOwner')}</span>
                ) : (
                  cluster.suggestedReply
                )}
              </li>
            ))}
          </ul>
          <h3>{t('copilot.digest.hot')}</h3>
          <ul>
            {digest.hotProducts.map((product) => (
              <li key={product.link}>
                {t('copilot.digest.hotLine', {
                  link: product.link,
                  name: product.name,
                  buyers: product.buyers,
                  qty: product.qtyWanted,
                  questions: product.questions,
                })}
              </li>
            ))}
          </ul>
          <h3>{t('copilot.digest.complaints')}</h3>
          {digest.complaints.length === 0 && <p className="muted">{t('copilot.digest.noComplaints')}</p>}
          <ul>
            {digest.complaints.map((complaint) => (
              <li key={complaint.id}>
                <b>{complaint.nickname}</b> {complaint.text}
              </li>
            ))}
          </ul>
        </div>
      )}
    </Card>
  );
}
