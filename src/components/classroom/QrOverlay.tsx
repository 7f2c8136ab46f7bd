/**
 * The link to the current slide as a QR code filling the screen, for a hall to scan. Escape,
 * R, the close button or a click anywhere closes it (Escape is taken before presentation
 * mode sees it, so the presentation goes on).
 */
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { qrPath, qrSymbol, shareUrl } from './shareLink';

export function QrOverlay({ hash, onClose }: { readonly hash: string; readonly onClose: () => void }) {
  const { t } = useTranslation();
  const { origin, pathname } = window.location;
  const url = shareUrl(origin, pathname, hash);
  const qr = useMemo(() => {
    const symbol = qrSymbol(url);
    return { box: symbol.size + 8, d: qrPath(symbol, 4) };
  }, [url]);
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    close.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' || e.key === 'r' || e.key === 'R') {
        e.preventDefault();
        e.stopPropagation();
        onClose();
      }
    };
    document.addEventListener('keydown', onKey, true);
    return () => document.removeEventListener('keydown', onKey, true);
  }, [onClose]);
  return (
    <div
      className="qr-overlay"
      role="dialog"
      aria-modal="true"
      aria-label={t('slides.qrCaption')}
      onClick={onClose}
      data-testid="qr-overlay"
    >
      <svg viewBox={`0 0 ${qr.box} ${qr.box}`} role="img" aria-label={t('classroom.share.qr', { url })}>
        <rect width={qr.box} height={qr.box} fill="#fff" />
        <path d={qr.d} fill="#000" />
      </svg>
      <p>
        {t('slides.qrCaption')} · <span className="qr-url">{url}</span>
      </p>
      <button ref={close} type="button" onClick={onClose}>
        ✕ {t('slides.qrClose')}
      </button>
    </div>
  );
}
