/**
 * `#weights=<path>`: a weight file on this site, for instructors (one link, or one QR code, for
 * a whole lecture room). Only a path on the page's own origin is accepted: a full URL, even
 * one that names this origin, or a protocol-relative `//host/…`, is refused, so that the link
 * can never make the page contact another site (the CSP forbids it too).
 */

/** The same-origin path a `#weights=` value names, or undefined if it is not one. */
export function sameOriginPath(value: string, pageUrl: string): string | undefined {
  const v = value.trim();
  if (v === '' || /^[a-z][a-z0-9+.-]*:/i.test(v) || v.startsWith('//') || v.includes('\\')) return undefined;
  try {
    const page = new URL(pageUrl);
    const url = new URL(v, page);
    return url.origin === page.origin ? url.pathname + url.search : undefined;
  } catch {
    return undefined;
  }
}
