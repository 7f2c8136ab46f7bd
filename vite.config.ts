import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { serviceWorker } from './scripts/sw-plugin.js';

// The app is static: no server code, no requests to any other origin.
export default defineConfig({
  // serviceWorker(): the offline copy (src/sw/sw.ts), built with the list of emitted files.
  plugins: [react(), serviceWorker()],
  base: './',
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 4000 },
  preview: { port: 4173, strictPort: true },
});
