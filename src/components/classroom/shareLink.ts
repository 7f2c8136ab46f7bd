/**
 * What the share link and its QR code carry, computed without the DOM: the page's origin,
 * path and view hash (the query string is dropped: the app keeps nothing there), and the QR
 * symbol as one SVG path. The QR code is made locally by the `qrcode` package; no service.
 */
import QRCode from 'qrcode';

/**
 * The link a student opens: `http://10.0.0.5:4173/#variant=seed&layer=conv2`.
 * `mode=present` is removed: the teacher presents, a phone that opens the link should show
 * the normal view (quiz mode is kept, so a teacher can send a class into the quiz).
 */
export function shareUrl(origin: string, pathname: string, hash: string): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  if (params.get('mode') === 'present') params.delete('mode');
  const rest = params.toString();
  return `${origin}${pathname}${rest ? `#${rest}` : ''}`;
}

/** True when the host is this machine only, so a phone in the room could not open the link. */
export function isLocalOnly(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h.endsWith('.localhost') || h === '::1' || /^127\./.test(h) || h === '0.0.0.0';
}

/** A QR symbol: `size`×`size` modules, `dark(row, col)` true for a black module. */
export interface QrSymbol {
  readonly size: number;
  readonly dark: (row: number, col: number) => boolean;
}

/**
 * Encodes `text` with error correction M (15 % of the symbol can be lost: a projector's
 * glare or a phone's shaky camera are forgiven, while a 100-character link stays small).
 */
export function qrSymbol(text: string): QrSymbol {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  return { size: modules.size, dark: (row, col) => modules.get(row, col) === 1 };
}

/**
 * The dark modules as one path, one `h` run per horizontal stretch, shifted by a quiet zone
 * of `margin` modules (the standard asks for 4). Draw it in a viewBox of size + 2·margin.
 */
export function qrPath(symbol: QrSymbol, margin = 4): string {
  const parts: string[] = [];
  for (let row = 0; row < symbol.size; row++) {
    let col = 0;
    while (col < symbol.size) {
      if (!symbol.dark(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < symbol.size && symbol.dark(row, col)) col++;
      parts.push(`M${start + margin} ${row + margin}h${col - start}v1h-${col - start}z`);
    }
  }
  return parts.join('');
}
