/**
 * The offline service worker: after the first visit the app loads and runs with no network
 * (lecture-hall Wi-Fi fails). Cache-first for every file of the build, which is listed here
 * at build time by scripts/sw-plugin.ts (the app shell, its JS/CSS/wasm, the samples).
 *
 * Versioning: the cache is named after a hash of all those files, so a new build means a new
 * worker (its bytes differ), a new cache filled on install, and the old caches deleted on
 * activate. A page opened offline gets the cached index.html for any navigation to the app.
 *
 * Cross-origin isolation on any static host: every response this worker gives the page carries
 * COOP same-origin and COEP require-corp (the well-known coi-serviceworker pattern), so a page
 * it controls is cross-origin isolated and the engine may use threads, even where the server
 * cannot send those headers. The page reloads itself once when this worker first takes control
 * (src/sw/register.ts). vite.config.ts sends the same headers from `npm start`/`npm run dev`.
 *
 * This file is compiled on its own into a classic script (no imports): keep it self-contained.
 */

interface Manifest {
  /** Hash of the contents of every file, e.g. "3f9a1c0b2d4e5f60". */
  readonly version: string;
  /** Paths relative to this worker: "index.html", "assets/index-Bx1.js", "samples/cat.jpg". */
  readonly files: readonly string[];
}

const sw = self as unknown as ServiceWorkerGlobalScope & { readonly __SW_MANIFEST__: Manifest };
/** Replaced by the build with the manifest literal; the plugin fails the build if it is missing. */
const manifest = sw.__SW_MANIFEST__;
const prefix = 'alexnet-';
const cacheName = `${prefix}${manifest.version}`;
const scope = new URL(sw.registration.scope);
const shell = new URL('index.html', scope);

sw.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(cacheName);
      // no-cache: revalidate with the server, so a stale HTTP-cached index.html or sample never
      // lands in a new version's cache (hashed assets simply answer 304).
      await cache.addAll(manifest.files.map((f) => new Request(new URL(f, scope), { cache: 'no-cache' })));
      await sw.skipWaiting();
    })(),
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((n) => n.startsWith(prefix) && n !== cacheName).map((n) => caches.delete(n)));
      await sw.clients.claim();
    })(),
  );
});

sw.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== scope.origin) return;
  // Weight files (#weights=weights/…, hundreds of MB) are not the app: never copied into the cache.
  if (/\.(pth|pt|onnx)$/i.test(url.pathname) || url.pathname.startsWith(`${scope.pathname}weights/`)) return;
  // Navigations to the app itself ("/" or "/index.html", any hash) get the cached shell.
  const isShell = request.mode === 'navigate' && (url.pathname === scope.pathname || url.pathname === shell.pathname);
  event.respondWith(respond(request, isShell));
});

/** Cache first; on a miss, the network, and what it returns is kept for the next offline visit. */
async function respond(request: Request, isShell: boolean): Promise<Response> {
  const cache = await caches.open(cacheName);
  // ignoreVary: servers send `Vary: Origin`, and the page's crossorigin <script>/<link>
  // requests carry an Origin header that the install-time requests did not: without it every
  // JS and CSS file would miss the cache. The files are the same whatever the origin header.
  const hit = await cache.match(isShell ? shell.href : request, { ignoreSearch: true, ignoreVary: true });
  if (hit) return isolated(hit);
  const response = await fetch(request);
  if (response.ok && response.type === 'basic' && !request.headers.has('range')) {
    void cache.put(request, response.clone()).catch(() => undefined);
  }
  return isolated(response);
}

/** The response with COOP and COEP set (an opaque or errored one cannot be rebuilt: as it is). */
function isolated(response: Response): Response {
  if (response.status === 0) return response;
  const headers = new Headers(response.headers);
  headers.set('Cross-Origin-Opener-Policy', 'same-origin');
  headers.set('Cross-Origin-Embedder-Policy', 'require-corp');
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
