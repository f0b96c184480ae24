import { useEffect, useState } from 'react';
import QRCode from 'qrcode';

/** A QR code drawn locally as SVG (nothing leaves the machine); the payload doubles as the alt text. */
export function QrImage({ payload, size = 148 }: { payload: string; size?: number }) {
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
  return svg ? (
    <img
      alt={payload}
      src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
      width={size}
      height={size}
    />
  ) : null;
}
