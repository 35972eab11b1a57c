export const qrImageFormats = ['png', 'svg'] as const;
export type QrImageFormat = (typeof qrImageFormats)[number];

export interface QrImage {
  contentType: string;
  data: Buffer;
}

/** The QR text drawn as an image to show and scan, for clients that cannot render one themselves. */
export async function qrImage(qr: string, format: QrImageFormat): Promise<QrImage> {
  // Drawing is rare (a person linking a session); the library is loaded then, not at every start.
  const { default: QRCode } = await import('qrcode');
  const options = { errorCorrectionLevel: 'M' as const, margin: 2 };
  return format === 'png'
    ? { contentType: 'image/png', data: await QRCode.toBuffer(qr, { ...options, type: 'png', width: 264 }) }
    : { contentType: 'image/svg+xml', data: Buffer.from(await QRCode.toString(qr, { ...options, type: 'svg' })) };
}
