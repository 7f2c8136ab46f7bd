import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    setupFiles: ['tests/setup/i18n.ts'],
    include: ['tests/{core,tf,viz,state,content,components,i18n,image,classroom,architecture}/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
