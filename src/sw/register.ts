/**
 * Registers the offline service worker (src/sw/sw.ts, built to sw.js next to index.html).
 * Production builds only: in development Vite serves modules that change on every save, and
 * a caching worker would serve stale ones. Registration waits for `load`, so filling the
 * cache never competes with the first paint; failures (plain http on a LAN address, where
 * browsers allow no service worker) only cost the offline copy, so they are a warning.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register('./sw.js').catch((e: unknown) => {
      console.warn('Offline copy unavailable: the service worker did not register.', e);
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
