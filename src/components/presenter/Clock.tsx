/** The presenter's clock: the time of day and the time since the talk (re)started. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** "1:05:09" or "5:09": elapsed milliseconds as a talk timer. */
export function formatElapsed(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

export function Clock() {
  const { t, i18n } = useTranslation();
  const [start, setStart] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  const time = new Date(now).toLocaleTimeString(i18n.language === 'zh' ? 'zh-CN' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
  });
  return (
    <div className="presenter-clock" data-testid="presenter-clock">
      <span>
        {t('punct.colon', { label: t('slides.clock') })}
        <strong>{time}</strong>
      </span>
      <span>
        {t('punct.colon', { label: t('slides.elapsed') })}
        <strong>{formatElapsed(now - start)}</strong>
      </span>
      <button type="button" onClick={() => setStart(Date.now())}>
        {t('slides.resetClock')}
      </button>
    </div>
  );
}
