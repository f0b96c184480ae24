import { formatPickupCode } from '../../../../app/domain/pickup/numeric-code';
import { qrPayloadFor } from '../../../../app/domain/pickup/qr-payload';
import type { StoreKey } from '../../../../app/domain/pickup/store-key';
import { QrImage } from '../../shared/QrImage';

/** The slip a neighbour shows at the desk: the signed QR and the short code to read out. */
export function PickupQr({ store, orderId, code }: { store: StoreKey; orderId: string; code: string }) {
  const payload = qrPayloadFor(store, orderId);
  return (
    <figure className="pickup-qr" data-testid="pickup-qr" data-payload={payload}>
      <QrImage payload={payload} />
      <figcaption className="mono" data-testid="pickup-code">
        {formatPickupCode(code)}
      </figcaption>
    </figure>
  );
}
