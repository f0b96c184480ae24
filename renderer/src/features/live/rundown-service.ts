import QRCode from 'qrcode';
import type { TFunction } from 'i18next';
import type { WorkbenchDatabase } from '../../../../app/db/collections';
import type { RundownItem } from '../../../../app/db/schemas/live-sessions';
import {
  advance,
  endSession,
  HealthSummaryBuilder,
  newSession,
  validateRundown,
} from '../../../../app/domain/live';
import { formatFen } from '../../../../app/domain/money';
import type { Bridge } from '../../bridge/bridge';
import { stockOf } from '../orders/services/stock-queries';
import { liveHealth } from './obs-store';

export async function createLiveSession(
  db: WorkbenchDatabase,
  title: string,
  rundown: RundownItem[],
): Promise<string> {
  const products = await db.products.find({ selector: { active: true } }).exec();
  validateRundown(rundown, new Set(products.map((product) => product.id)));
  const session = newSession({ id: `live-${crypto.randomUUID()}`, title, rundown }, Date.now());
  await db.liveSessions.insert(session);
  return session.id;
}

/**
 * Moves the show on: the session record is written first (it is the owner's data and must survive OBS being
 * away); then the product goes onto the overlay, the scene switches, and a countdown runs for its planned time.
 */
export async function goLive(
  db: WorkbenchDatabase,
  bridge: Bridge,
  input: { sessionId: string; productId?: string; scene: string; t: TFunction; locale: string },
): Promise<{ obsError: unknown }> {
  const doc = await db.liveSessions.findOne(input.sessionId).exec();
  if (!doc) return { obsError: null };
  const session = doc.toMutableJSON();
  const now = Date.now();
  if (session.status === 'planned') liveHealth.builder = new HealthSummaryBuilder();
  const patch = advance(session, now, input.productId);
  await doc.incrementalPatch(patch);
  const shown = patch.shown.at(-1);
  if (!shown) return { obsError: null };
  const index = session.rundown.findIndex((item) => item.productId === shown.productId);
  const planned = session.rundown[index]?.plannedMinutes ?? 0;
  try {
    await showProduct(db, bridge, {
      productId: shown.productId,
      number: index + 1,
      plannedMinutes: planned,
      ...input,
    });
    return { obsError: null };
  } catch (error) {
    return { obsError: error };
  }
}

async function showProduct(
  db: WorkbenchDatabase,
  bridge: Bridge,
  input: {
    productId: string;
    number: number;
    plannedMinutes: number;
    scene: string;
    t: TFunction;
    locale: string;
  },
): Promise<void> {
  const { t } = input;
  const product = await db.products.findOne(input.productId).exec();
  if (!product) return;
  const catalog = await db.catalog.findOne(product.catalogId).exec();
  const left = (await stockOf(db, [product.id])).get(product.id) ?? 0;
  const points = [...(catalog?.certifications ?? []), ...(catalog?.tags ?? [])].slice(0, 2);
  const jielong = t('live.overlay.jielong', { number: input.number, name: product.name });
  const qr = await QRCode.toDataURL(jielong, { margin: 1, width: 240 });
  await bridge.call('obs.showProduct', {
    title: `${input.number}号 ${product.name}`,
    price: `${formatFen(product.priceFen, input.locale)}/${product.unit}`,
    stock:
      product.kind === 'service'
        ? t('live.overlay.service')
        : t('live.overlay.stock', { count: left, unit: product.unit }),
    highlight: points.join(' · '),
    imagePng: qr.slice(qr.indexOf(',') + 1),
    countdownEndsAt: input.plannedMinutes > 0 ? Date.now() + input.plannedMinutes * 60_000 : null,
    countdownLabel: t('live.overlay.countdown'),
  });
  if (input.scene) await bridge.call('obs.setScene', { sceneName: input.scene, target: 'program' });
}

export async function endLive(db: WorkbenchDatabase, bridge: Bridge, sessionId: string): Promise<void> {
  const doc = await db.liveSessions.findOne(sessionId).exec();
  if (!doc) return;
  await doc.incrementalPatch(endSession(doc.toMutableJSON(), Date.now(), liveHealth.builder.summary()));
  // The record is what matters; an OBS that is already gone has no card to hide.
  await bridge.call('obs.hideProduct', {}).catch(() => undefined);
}
