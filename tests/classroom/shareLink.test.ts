/** The share link's payload and the QR symbol drawn for it. */
import { describe, expect, it } from 'vitest';
import { isLocalOnly, qrPath, qrSymbol, shareUrl } from '../../src/components/classroom/shareLink';

describe('shareUrl', () => {
  it('is origin + path + hash', () => {
    expect(shareUrl('http://10.0.0.5:4173', '/', '#variant=seed&layer=conv2')).toBe(
      'http://10.0.0.5:4173/#variant=seed&layer=conv2',
    );
  });
  it('drops presentation mode, which is for the projector, and keeps quiz mode', () => {
    expect(shareUrl('http://h', '/app/', '#variant=seed&layer=conv2&mode=present')).toBe(
      'http://h/app/#variant=seed&layer=conv2',
    );
    expect(shareUrl('http://h', '/', '#variant=seed&mode=quiz')).toBe('http://h/#variant=seed&mode=quiz');
  });
  it('has no trailing # when nothing is left', () => {
    expect(shareUrl('http://h', '/', '#mode=present')).toBe('http://h/');
    expect(shareUrl('http://h', '/', '')).toBe('http://h/');
  });
});

describe('isLocalOnly', () => {
  it.each(['localhost', '127.0.0.1', '127.1.2.3', '[::1]', '::1', 'app.localhost', '0.0.0.0'])(
    '%s is this machine only',
    (h) => {
      expect(isLocalOnly(h)).toBe(true);
    },
  );
  it.each(['10.0.0.5', '192.168.1.20', 'alexnet.example.edu', 'fe80::1'])('%s is reachable from the room', (h) => {
    expect(isLocalOnly(h)).toBe(false);
  });
});

describe('qrSymbol and qrPath', () => {
  const url = 'http://192.168.1.20:4173/#variant=seed&layer=conv2&lang=zh';
  const symbol = qrSymbol(url);
  const dark = (s: typeof symbol) => {
    let n = 0;
    for (let r = 0; r < s.size; r++) for (let c = 0; c < s.size; c++) n += s.dark(r, c) ? 1 : 0;
    return n;
  };

  it('encodes a classroom link in a small symbol (version 4 or less: 33×33 modules)', () => {
    expect(symbol.size).toBeGreaterThanOrEqual(21);
    expect(symbol.size).toBeLessThanOrEqual(33);
    expect((symbol.size - 17) % 4).toBe(0);
  });
  it('has the three finder patterns in the corners', () => {
    const s = symbol.size;
    for (const [r0, c0] of [
      [0, 0],
      [0, s - 7],
      [s - 7, 0],
    ] as const) {
      // Dark 7×7 ring, light ring inside, dark 3×3 core.
      expect([
        symbol.dark(r0, c0),
        symbol.dark(r0 + 6, c0 + 6),
        symbol.dark(r0 + 1, c0 + 1),
        symbol.dark(r0 + 3, c0 + 3),
      ]).toEqual([true, true, false, true]);
    }
  });
  it('draws exactly the dark modules, shifted by the quiet zone', () => {
    const d = qrPath(symbol, 4);
    const runs = [...d.matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)];
    expect(runs.map((m) => m[0]).join('')).toBe(d);
    expect(runs.reduce((n, m) => n + Number(m[3]), 0)).toBe(dark(symbol));
    // The top-left finder pattern's first row: 7 dark modules from (4, 4).
    expect(runs[0]?.slice(1, 4).map(Number)).toEqual([4, 4, 7]);
  });
  it('is the same for the same link and different for another', () => {
    expect(qrPath(qrSymbol(url))).toBe(qrPath(symbol));
    expect(qrPath(qrSymbol(`${url}x`))).not.toBe(qrPath(symbol));
  });
});
