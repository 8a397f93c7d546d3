import QRCode from 'qrcode';

/**
 * A QR code as inline SVG, made at build time so printing a task page needs
 * no network. The input is our own absolute URL, never source text.
 */
export async function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 2,
    color: { dark: '#000000', light: '#ffffff' },
  });
}
