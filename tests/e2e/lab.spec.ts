/**
 * The training lab in the browser: it opens at its heading, trains both runs in workers (short
 * runs: batches of 32), the loss falls, pause and resume work, a reload brings back the kept
 * runs paused where they were, "Reproduce Figure 1" sets ReLU against tanh; axe finds nothing
 * serious, in English and in Chinese.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Two runs of ReLU without dropout, ε 0.03, batches of 32: the loss falls within seconds. Ten
// epochs (2,340 steps), so that they are still training when the test pauses them, even on a busy machine.
const code = 'r0NOaMW-r0NOaMW-s3-r0.03-b32-e10-p0-t25';

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .include('[data-testid="lab"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
}

const iterationOf = async (page: Page, run: 'a' | 'b') =>
  Number(await page.getByTestId(`lab-status-${run}`).getAttribute('data-iteration'));

test('the lab trains, pauses, resumes and keeps its runs over a reload', async ({ page }) => {
  test.setTimeout(600_000);
  await page.goto(`/#view=lab&lab=${code}`);
  await expect(page.getByRole('heading', { name: 'The training lab' })).toBeVisible();
  await expect(page.getByTestId('lab-status-a')).toHaveAttribute('data-status', 'idle');

  await page.getByTestId('lab-start').click();
  const latest = page.getByTestId('lab-latest-a');
  await expect(latest).toBeVisible({ timeout: 180_000 });
  // The loss falls: an untrained ten-class network's loss is about ln 10 ≈ 2.3; wait for a
  // reported loss well below it (the first report may already be a few steps in on a busy machine).
  await expect
    .poll(async () => Number(await latest.getAttribute('data-loss')), { timeout: 300_000, intervals: [500] })
    .toBeLessThan(0.6 * Math.LN10);
  await expect(page.getByTestId('lab-curves-a').locator('path').first()).toHaveAttribute('d', /^M.+L/);

  // Pause: both runs stop, and stay where they stopped.
  await page.getByTestId('lab-pause').click();
  for (const run of ['a', 'b'] as const) {
    await expect(page.getByTestId(`lab-status-${run}`)).toHaveAttribute('data-status', 'paused', { timeout: 60_000 });
  }
  const pausedAt = await iterationOf(page, 'a');
  await page.waitForTimeout(1500);
  expect(await iterationOf(page, 'a')).toBe(pausedAt);

  // Resume: they go on from there.
  await page.getByTestId('lab-resume').click();
  await expect(page.getByTestId('lab-status-a')).toHaveAttribute('data-status', 'running');
  await expect.poll(() => iterationOf(page, 'a'), { timeout: 120_000 }).toBeGreaterThan(pausedAt);

  // Pause again, let the run be kept (a checkpoint at the pause), and reload.
  await page.getByTestId('lab-pause').click();
  await expect(page.getByTestId('lab-status-a')).toHaveAttribute('data-status', 'paused', { timeout: 60_000 });
  await expect(page.getByTestId('lab-status-b')).toHaveAttribute('data-status', 'paused', { timeout: 60_000 });
  const kept = await iterationOf(page, 'a');
  await expect
    .poll(
      () =>
        page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              const open = indexedDB.open('alexnet-lab', 1);
              open.onsuccess = () => {
                const get = open.result.transaction('runs').objectStore('runs').get('a');
                get.onsuccess = () => {
                  resolve(
                    (get.result as { checkpoint?: { iteration: number } } | undefined)?.checkpoint?.iteration ?? -1,
                  );
                  open.result.close();
                };
              };
              open.onerror = () => resolve(-1);
            }),
        ),
      { timeout: 30_000 },
    )
    .toBe(kept);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'The training lab' })).toBeVisible();
  await expect(page.getByTestId('lab-status-a')).toHaveAttribute('data-status', 'paused', { timeout: 30_000 });
  expect(await iterationOf(page, 'a')).toBe(kept);
  await expect(page.getByTestId('lab-latest-a')).toBeVisible();
  await expect(page.getByTestId('lab-export-a')).toBeEnabled();
  expect(await seriousViolations(page)).toEqual([]);

  // Resume after the reload: the kept run continues from its checkpoint in a new worker.
  await page.getByTestId('lab-resume').click();
  await expect.poll(() => iterationOf(page, 'a'), { timeout: 180_000 }).toBeGreaterThan(kept);
  await page.getByTestId('lab-reset').click();
  await expect(page.getByTestId('lab-status-a')).toHaveAttribute('data-status', 'idle');
});

test('Reproduce Figure 1 trains ReLU against tanh with run A’s settings, unregularised', async ({ page }) => {
  await page.goto(`/#view=lab&lab=${code}`);
  await page.getByTestId('lab-figure1-run').click();
  // B is now A with tanh; the link says so, and both runs start.
  await expect.poll(() => new URL(page.url()).hash).toContain('lab=r0NOaMw-t0NOaMw-s3');
  await expect(page.getByTestId('lab-run-b').getByTestId('lab-b-activation-tanh')).toBeChecked();
  await expect(page.getByTestId('lab-status-b')).toHaveAttribute('data-status', /loading|running/);
  await page.getByTestId('lab-reset').click();
  await expect(page.getByTestId('lab-status-b')).toHaveAttribute('data-status', 'idle');
});

test('the lab in Chinese, axe-clean, operable from the keyboard', async ({ page }) => {
  await page.goto(`/#view=lab&lang=zh`);
  await expect(page.getByRole('heading', { name: '训练实验室' })).toBeVisible();
  await expect(page.getByTestId('lab-start')).toHaveText('两个一起训练');
  // The first switch of run A answers the keyboard.
  const tanh = page.getByTestId('lab-a-activation-tanh');
  await page.getByTestId('lab-a-activation-relu').focus();
  await page.keyboard.press('ArrowDown');
  await expect(tanh).toBeChecked();
  await expect.poll(() => new URL(page.url()).hash).toContain('lab=t2NOaMW-t2NOaMW');
  expect(await seriousViolations(page)).toEqual([]);
});

test('a network trained in the lab opens in the walkthrough, with Fashion-MNIST test images as its photos', async ({
  page,
}) => {
  test.setTimeout(600_000);
  await page.goto(`/#view=lab&lab=${code}`);
  await page.getByTestId('lab-start').click();
  await expect(page.getByTestId('lab-latest-a')).toBeVisible({ timeout: 180_000 });
  await page.getByTestId('lab-pause').click();
  await expect(page.getByTestId('lab-status-a')).toHaveAttribute('data-status', 'paused', { timeout: 60_000 });
  await expect(page.getByTestId('lab-open-a')).toBeEnabled({ timeout: 60_000 });

  // Through the weight import, as any file: the chooser and the link name it.
  await page.getByTestId('lab-open-a').click();
  await expect(page.getByTestId('network-chooser')).toHaveValue('imported', { timeout: 300_000 });
  await expect(page).toHaveURL(/variant=imported/);
  await expect(page.getByTestId('network-chooser').locator('option:checked')).toContainText('alexnet-lab-a-');
  await expect(page.getByTestId('step-title')).toBeVisible();

  // Its photos: one test image per class, in the photo drawer; a chosen one goes through the network.
  await page.getByTestId('image-change').click();
  await expect(page.getByTestId('fashion-samples')).toBeVisible();
  await page.getByTestId('fashion-sample-trouser').click();
  await expect(page.getByTestId('photo-name')).toContainText('Fashion-MNIST');
  await expect(page.getByTestId('feature-map-grid').first()).toBeVisible({ timeout: 180_000 });
  await expect(page.getByTestId('engine-status')).toHaveAttribute('data-status', 'ready', { timeout: 180_000 });
});
