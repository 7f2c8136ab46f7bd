import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The app is static: no server code, no requests to any other origin.
export default defineConfig({
  plugins: [react()],
  base: './',
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 4000 },
  preview: { port: 4173, strictPort: true },
});
