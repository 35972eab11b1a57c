import qrcode from 'qrcode-terminal';

/**
 * Prints a QR code where the person running `npm start` is looking. It goes to stdout beside the log lines,
 * so it also shows in `docker logs` or `journalctl`; the dashboard and the `qr` event carry it elsewhere.
 */
export function printQrInTerminal(qr: string, out: NodeJS.WritableStream = process.stdout): void {
  qrcode.generate(qr, { small: true }, (code) => {
    out.write(`\nScan this QR code with WhatsApp on your phone: Settings > Linked devices > Link a device.\n${code}\n`);
  });
}
