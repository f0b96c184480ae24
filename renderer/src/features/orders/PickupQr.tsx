import { useEffect, useState } from 'react';
import QRCode from 'qrcode';
import { formatPickupCode } from '../../../../app/domain/pickup/numeric-code';
import { qrPayloadFor } from '../../../../app/domain/pickup/qr-payload';
import type { StoreKey } from '../../../../app/domain/pickup/store-key';

/** The slip a neighbour shows at the desk: the signed QR and the short code to read out. */
export function PickupQr({ store, orderId, code }: { store: StoreKey; orderId: string; code: string }) {
  const payload = qrPayloadFor(store, orderId);
  const [svg, setSvg] = useState('');
  useEffect(() => {
    let live = true;
    void QRCode.toString(payload, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }).then((text) => {
      if (live) setSvg(text);
    });
    return () => {
      live = false;
    };
  }, [payload]);
  return (
    <figure className="pickup-qr" data-testid="pickup-qr" data-payload={payload}>
      {svg && (
        <img
          alt={payload}
          src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
          width={148}
          height={148}
        />
      )}
      <figcaption className="mono" data-testid="pickup-code">
        {formatPickupCode(code)}
      </figcaption>
    </figure>
  );
}
