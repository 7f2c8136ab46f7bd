import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { serviceWorker } from './scripts/sw-plugin.js';
import { tfjsPthreadPool } from './scripts/tfjs-pthread-pool.js';

/**
 * Cross-origin isolation, so that the wasm engine may use threads (SharedArrayBuffer):
 * COOP same-origin puts the page in its own browsing-context group, COEP require-corp lets it
 * load only what is same-origin or opts in (everything here is same-origin). require-corp
 * rather than credentialless: both isolate, but Safari knows only require-corp, and nothing
 * here is cross-origin for credentialless to help with. A static host that cannot send these
 * headers gets them from the service worker (src/sw/sw.ts) after the first load.
 */
const isolation = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

// The app is static: no server code, no requests to any other origin.
export default defineConfig({
  // serviceWorker(): the offline copy (src/sw/sw.ts), built with the list of emitted files.
  plugins: [react(), serviceWorker()],
  base: './',
  // tfjs runs in the engine worker, whose bundle has plugins of its own: tfjsPthreadPool() sizes
  // the threaded wasm backend's worker pool to the threads it uses.
  worker: { format: 'es', plugins: () => [tfjsPthreadPool()] },
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 4000 },
  server: { headers: isolation },
  preview: { port: 4173, strictPort: true, headers: isolation },
});
