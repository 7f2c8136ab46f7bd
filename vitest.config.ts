import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/{core,tf,viz,state,content,components,i18n,image,classroom,architecture}/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
