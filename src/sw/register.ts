/**
 * Registers the offline service worker (src/sw/sw.ts, built to sw.js next to index.html).
 * Production builds only: in development Vite serves modules that change on every save, and
 * a caching worker would serve stale ones. Failures (plain http on a LAN address, where
 * browsers allow no service worker) only cost the offline copy, so they are a warning.
 *
 * The worker also makes the page cross-origin isolated on a static host (it adds COOP/COEP to
 * its responses). A page loaded before the worker controlled it is not isolated, so when the
 * worker takes control the page reloads itself, once per tab session: if the reload still is
 * not isolated (a browser that does not honour a worker's headers), it never tries again.
 * Registration waits for `load` (filling the cache then never competes with the first paint),
 * except on such a page: there the sooner the worker controls it, the sooner the reload, and
 * the less of this load's work is thrown away.
 */
const reloadKey = 'alexnet-isolation-reload';

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const reloading = reloadIntoIsolation();
  const register = () => {
    navigator.serviceWorker.register('./sw.js').catch((e: unknown) => {
      console.warn('Offline copy unavailable: the service worker did not register.', e);
    });
  };
  if (reloading || document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

/**
 * Reloads once when a worker takes control of a page that is not cross-origin isolated; true
 * when it will (the page waits for that).
 */
function reloadIntoIsolation(): boolean {
  const store = sessionStore();
  if (!store) return false; // no way to remember a try: no reload, so never a loop
  if (window.crossOriginIsolated) {
    store.removeItem(reloadKey); // isolated: a later visit in this tab may try again if need be
    return false;
  }
  if (store.getItem(reloadKey) !== null) return false; // tried once in this tab: not isolatable here
  navigator.serviceWorker.addEventListener(
    'controllerchange',
    () => {
      store.setItem(reloadKey, String(Date.now()));
      window.location.reload();
    },
    { once: true },
  );
  return true;
}

/** sessionStorage, or undefined where it is blocked (it throws in some sandboxed frames). */
function sessionStore(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}
