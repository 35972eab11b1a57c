import QRCode from 'qrcode';
import { useEffect, useState } from 'preact/hooks';

/** The QR code as an image, drawn here from the code's text (an SVG data: URL; nothing is fetched). */
export function QrImage({ code }: { code: string }) {
  const [src, setSrc] = useState<string | undefined>();

  useEffect(() => {
    let current = true;
    QRCode.toString(code, { type: 'svg', margin: 2, errorCorrectionLevel: 'L' })
      .then((svg) => current && setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`))
      .catch(() => current && setSrc(undefined));
    return () => {
      current = false;
    };
  }, [code]);

  return src ? (
    <img class="qr" src={src} alt="QR code to link WhatsApp" width={264} height={264} data-code={code} />
  ) : (
    <div class="qr qr--waiting" aria-busy="true" />
  );
}
