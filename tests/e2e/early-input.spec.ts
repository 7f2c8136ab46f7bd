/**
 * Input is taken from the moment the step is on screen. The first screen commits as a
 * transition, and React runs passive effects in a later task: page-wide listeners attached
 * there missed a key or a drop that came in between (CI under load lost P, → and a drop).
 * Here the page acts in the very task that first puts the element into the DOM (a
 * MutationObserver's callback), the earliest moment a reader could see it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const gray = 'tests/fixtures/images/gray.png';
test.beforeAll(() => {
  if (!existsSync(gray)) execFileSync('node', ['scripts/make-image-fixtures.mjs', 'tests/fixtures/images']);
});

type Act = { kind: 'key'; key: string } | { kind: 'drop'; png: string; name: string };

/** On the first appearance of `testId`, at once, presses a key on the window or drops a file on the element. */
async function actOnFirstSight(page: Page, testId: string, act: Act) {
  await page.addInitScript(
    ([id, a]) => {
      const fire = (el: Element) => {
        if (a.kind === 'key') {
          // Where a real key goes: the focused element (the body on a fresh page), bubbling to the window.
          const target = document.activeElement ?? document.body;
          target.dispatchEvent(new KeyboardEvent('keydown', { key: a.key, bubbles: true, cancelable: true }));
          return;
        }
        const dt = new DataTransfer();
        dt.items.add(new File([Uint8Array.from(atob(a.png), (c) => c.charCodeAt(0))], a.name, { type: 'image/png' }));
        el.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
      };
      const seen = new MutationObserver(() => {
        const el = document.querySelector(`[data-testid="${id}"]`);
        if (!el) return;
        seen.disconnect();
        fire(el);
      });
      seen.observe(document, { childList: true, subtree: true });
    },
    [testId, act] as const,
  );
}

test('→ pressed the moment the step appears is taken', async ({ page }) => {
  await actOnFirstSight(page, 'step-title', { kind: 'key', key: 'ArrowRight' });
  await page.goto('/#variant=seed&layer=input&image=cat');
  await expect(page.getByTestId('step-title')).toContainText('conv1');
});

test('P pressed the moment the step appears is taken', async ({ page }) => {
  await actOnFirstSight(page, 'step-title', { kind: 'key', key: 'p' });
  await page.goto('/#variant=seed&layer=conv2');
  await expect(page).toHaveURL(/mode=present/);
  await expect(page.getByTestId('slide-title')).toContainText('conv2');
});

test('a file dropped the moment the drop zone appears is taken', async ({ page }) => {
  const png = (await readFile(gray)).toString('base64');
  await actOnFirstSight(page, 'drop-zone', { kind: 'drop', png, name: 'gray.png' });
  await page.goto('/#variant=seed');
  await expect(page.getByTestId('current-image')).toContainText('gray.png · 64×48');
});
