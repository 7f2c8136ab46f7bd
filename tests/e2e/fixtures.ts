/**
 * Shared browser-test fixture: every page records console errors, uncaught exceptions and any
 * request to another origin; each test ends by asserting there were none.
 */
import { test as base, expect } from '@playwright/test';

interface Watch {
  readonly errors: string[];
  readonly foreignRequests: string[];
}

export const test = base.extend<{ watch: Watch }>({
  watch: async ({ page, baseURL }, use) => {
    const watch: Watch = { errors: [], foreignRequests: [] };
    const origin = new URL(baseURL ?? 'http://localhost').origin;
    page.on('console', (m) => {
      if (m.type() === 'error') watch.errors.push(m.text());
    });
    page.on('pageerror', (e) => watch.errors.push(e.message));
    page.on('request', (r) => {
      const url = r.url();
      if (/^(data|blob|about):/.test(url)) return;
      if (new URL(url).origin !== origin) watch.foreignRequests.push(url);
    });
    await use(watch);
    expect(watch.errors, 'console errors').toEqual([]);
    expect(watch.foreignRequests, 'requests to other origins').toEqual([]);
  },
});

export { expect };
