import { normalizePickupCode } from './numeric-code';
import { qrPrefix, type QrScan } from './qr-payload';

export type Scan = QrScan | { kind: 'numeric'; code: string };

/**
 * A USB scanner "types" what it reads, so the text may carry a trailing Enter, spaces, or full-width
 * characters when a Chinese IME was active (which also turns '.' into '。').
 */
function cleanScan(text: string): string {
  return text.normalize('NFKC').replace(/。/g, '.').replace(/\s/g, '');
}

function decodeId(encoded: string): string | null {
  if (encoded === '') return null;
  try {
    return decodeURIComponent(encoded);
  } catch {
    return null;
  }
}

/** What the desk received: a signed QR payload, a 10-digit code, or null for anything else. */
export function parseScan(text: string): Scan | null {
  const cleaned = cleanScan(text);
  const parts = cleaned.split('.');
  if (parts.length === 4 && parts[0] === qrPrefix) {
    const [, storePart = '', orderPart = '', sig = ''] = parts;
    const storeId = decodeId(storePart);
    const orderId = decodeId(orderPart);
    if (storeId === null || orderId === null || sig === '') return null;
    return { kind: 'qr', storeId, orderId, sig };
  }
  const code = normalizePickupCode(cleaned);
  return /^\d{10}$/.test(code) ? { kind: 'numeric', code } : null;
}
