/**
 * "Open this view on your phone": a QR code of the current link, generated locally and drawn
 * as inline SVG (crisp at any projector size), the link as text, and a copy button.
 */
import { useDeferredValue, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLocalOnly, qrPath, qrSymbol, shareUrl } from './shareLink';
import './classroom.css';

export interface ShareLinkProps {
  /** The view's hash, `toHash(state)`: passed in so the code follows every change of view. */
  readonly hash: string;
}

type CopyState = 'idle' | 'copied' | 'failed';

export function ShareLink({ hash }: ShareLinkProps) {
  const { t } = useTranslation();
  const { origin, pathname, hostname } = window.location;
  const url = shareUrl(origin, pathname, hash);
  // The code follows the link in a render of its own, after the step's: encoding a QR symbol
  // costs 20–70 ms, and the link changes on every step.
  const qrUrl = useDeferredValue(url);
  const qr = useMemo(() => {
    const symbol = qrSymbol(qrUrl);
    return { box: symbol.size + 8, d: qrPath(symbol, 4) };
  }, [qrUrl]);
  const [copy, setCopy] = useState<{ url: string; state: CopyState }>({ url, state: 'idle' });
  const linkRef = useRef<HTMLAnchorElement>(null);
  const copyState = copy.url === url ? copy.state : 'idle';

  const onCopy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopy({ url, state: 'copied' });
    } catch {
      // No clipboard (plain http on a LAN address, or permission refused): select the text.
      const link = linkRef.current;
      const selection = window.getSelection();
      if (link && selection) {
        const range = document.createRange();
        range.selectNodeContents(link);
        selection.removeAllRanges();
        selection.addRange(range);
      }
      setCopy({ url, state: 'failed' });
    }
  };

  return (
    <figure className="share-link" data-testid="share-link">
      <svg
        className="share-qr"
        viewBox={`0 0 ${qr.box} ${qr.box}`}
        role="img"
        aria-label={t('classroom.share.qr', { url: qrUrl })}
        shapeRendering="crispEdges"
        data-export-skip=""
        data-testid="share-qr"
      >
        <rect width={qr.box} height={qr.box} fill="#fff" />
        <path d={qr.d} fill="#000" />
      </svg>
      <figcaption>
        <p className="share-heading">{t('classroom.share.heading')}</p>
        <p className="share-url">
          <span className="visually-hidden">{t('punct.colon', { label: t('classroom.share.link') })}</span>
          <a ref={linkRef} href={url} data-testid="share-url">
            {url}
          </a>
        </p>
        <button type="button" onClick={() => void onCopy()} data-testid="share-copy">
          {t('classroom.share.copy')}
        </button>
        <span className="share-status" aria-live="polite">
          {copyState === 'copied'
            ? t('classroom.share.copied')
            : copyState === 'failed'
              ? t('classroom.share.copyFailed')
              : ''}
        </span>
        {isLocalOnly(hostname) ? (
          <p className="share-local">{t('classroom.share.localOnly', { host: hostname })}</p>
        ) : null}
      </figcaption>
    </figure>
  );
}
