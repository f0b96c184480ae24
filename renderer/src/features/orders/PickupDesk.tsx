import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderDoc } from '../../../../app/db/schemas/orders';
import { requireDatabase, requireStoreKey } from '../../data/database-store';
import { ErrorLine } from '../../shared/ErrorLine';
import { formatDateTime } from '../../shared/format';
import { useAction } from '../../shared/use-action';
import { CameraScanner } from './CameraScanner';
import { ownerName } from './OrderDetail';
import { applyAction } from './services/order-service';
import { lookUpScan, pickUpAll, type DeskResult } from './services/pickup-desk';

/**
 * The counter: a USB scanner types the code and presses Enter, or the owner types it. One neighbour's
 * ready orders are handed over together; a second scan says when it already happened.
 */
export function PickupDesk() {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState('');
  const [result, setResult] = useState<DeskResult | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [done, setDone] = useState<OrderDoc[]>([]);
  const [message, setMessage] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const { run, error } = useAction();

  const lookUp = async (scanned: string) => {
    setResult(null);
    setMessage('');
    setDone([]);
    const found = await run(() => lookUpScan(requireDatabase(), requireStoreKey(), scanned));
    setText('');
    input.current?.focus();
    if (!found) return;
    setResult(found);
    if (found.kind === 'ready') setSelected(new Set(found.batch.map((order) => order.id)));
  };

  const lookUpRef = useRef(lookUp);
  lookUpRef.current = lookUp;
  // Stable, so the camera does not restart on every keystroke in the code field.
  const onCamera = useCallback((scanned: string) => void lookUpRef.current(scanned), []);

  const handOver = async () => {
    const picked = await run(() => pickUpAll(requireDatabase(), [...selected], ownerName));
    if (!picked) return;
    setDone(picked);
    setResult(null);
    setMessage(t('orders.desk.done', { count: picked.length }));
    input.current?.focus();
  };

  const undo = async () => {
    const restored = await run(async () => {
      for (const order of done)
        await applyAction(requireDatabase(), order.id, { type: 'undoPickUp' }, ownerName);
      return true;
    });
    if (restored) {
      setDone([]);
      setMessage(t('orders.desk.undone'));
    }
  };

  return (
    <div className="desk card" data-testid="pickup-desk">
      <form
        className="search"
        onSubmit={(event) => {
          event.preventDefault();
          void lookUp(text);
        }}
      >
        <input
          ref={input}
          autoFocus
          value={text}
          onChange={(event) => setText(event.target.value)}
          placeholder={t('orders.desk.scanPlaceholder')}
          data-testid="scan-input"
        />
        <button type="submit">{t('orders.desk.lookUp')}</button>
      </form>
      <CameraScanner onScan={onCamera} />
      <ErrorLine message={error} />
      {message && (
        <p className="success" role="status" data-testid="desk-message">
          {message}
        </p>
      )}
      {done.length > 0 && (
        <button onClick={() => void undo()} data-testid="undo-pickup">
          {t('orders.desk.undo')}
        </button>
      )}
      {result?.kind === 'already' && (
        <p className="warning" role="status" data-testid="desk-already">
          {t('orders.desk.already', { time: formatDateTime(result.at, i18n.language), by: result.by })}
        </p>
      )}
      {result?.kind === 'notReady' && (
        <p className="warning" role="status" data-testid="desk-not-ready">
          {t('orders.desk.notReady', { status: t(`orderStatus.${result.order.status}`) })}
        </p>
      )}
      {result?.kind === 'ready' && (
        <div data-testid="desk-ready">
          <h2>
            {t('orders.desk.ready', {
              name: result.scanned.memberName || t('orders.walkIn'),
              count: result.batch.length,
            })}
          </h2>
          <ul className="feed">
            {result.batch.map((order) => (
              <li key={order.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={selected.has(order.id)}
                    onChange={(event) => {
                      const next = new Set(selected);
                      if (event.target.checked) next.add(order.id);
                      else next.delete(order.id);
                      setSelected(next);
                    }}
                  />
                  <b className="mono">{order.shelfSlot}</b> {order.no} ·{' '}
                  {order.lines.map((line) => `${line.name}×${line.qty - line.pickedQty}`).join('、')}
                </label>
              </li>
            ))}
          </ul>
          <button
            className="primary"
            disabled={selected.size === 0}
            onClick={() => void handOver()}
            data-testid="hand-over"
          >
            {t('orders.desk.pickUpAll', { count: selected.size })}
          </button>
        </div>
      )}
    </div>
  );
}
