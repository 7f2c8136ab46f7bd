/**
 * axe-core on the main views, in both languages: no serious or critical violation.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

const views = [
  '#variant=seed',
  '#variant=seed&layer=conv1&image=cat',
  '#variant=paper&layer=conv2',
  '#variant=seed&layer=fc6',
  '#variant=seed&layer=softmax',
  '#variant=seed&layer=pipeline-training',
  '#variant=seed&layer=pipeline-results&mode=quiz',
  '#variant=seed&layer=conv1&mode=present',
];

for (const lang of ['en', 'zh'] as const) {
  for (const view of views) {
    test(`axe: ${view} in ${lang}`, async ({ page }) => {
      await page.goto(`/${view}&lang=${lang}`);
      // Presentation mode shows the step as a slide (the walkthrough stays mounted, hidden).
      await expect(page.getByTestId(view.includes('mode=present') ? 'slide-title' : 'step-position')).toBeVisible();
      // Wait for this step's pictures (or the input step's preprocessing) before scanning.
      await expect(page.getByTestId('viz-wait')).toHaveCount(0, { timeout: 60_000 });
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
      const serious = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map(
          (v) =>
            `${v.id} (${v.impact}): ${v.nodes
              .slice(0, 3)
              .map((n) => n.target.join(' '))
              .join(', ')}`,
        );
      expect(serious).toEqual([]);
    });
  }
}

/**
 * The drawers, each opened. The photo button once failed colour contrast (white on white: a
 * class of the editor's lazily loaded stylesheet overrode it) and no scan saw it: the picker was
 * folded away whenever a sample was in, and the editor's CSS arrived only with the editor. So the
 * editor view is opened first, then every drawer is scanned open, in both languages.
 */
for (const lang of ['en', 'zh'] as const) {
  test(`axe: the photo, weights and engine drawers open, after the editor's styles are in (${lang})`, async ({
    page,
  }) => {
    await page.goto(`/#variant=seed&view=edit&lang=${lang}`);
    await expect(page.getByTestId('edit-row-conv1')).toBeVisible();
    await page.getByTestId('view-walk').click();
    await expect(page.getByTestId('step-position')).toBeVisible();
    for (const [button, drawer] of [
      ['image-change', 'drawer-photo'],
      ['weights-open', 'drawer-weights'],
      ['status-details', 'drawer-diagnostics'],
    ] as const) {
      await page.getByTestId(button).click();
      await expect(page.getByTestId(drawer)).toBeVisible();
      const results = await new AxeBuilder({ page })
        .include(`#${drawer}`)
        .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
        .analyze();
      const serious = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${drawer} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(serious).toEqual([]);
    }
    // The photo button itself, by name: a light text on a dark button.
    await page.getByTestId('image-change').click();
    const contrast = await new AxeBuilder({ page }).include('.drop-buttons').withRules(['color-contrast']).analyze();
    expect(contrast.passes.map((r) => r.id)).toContain('color-contrast');
    expect(contrast.violations).toEqual([]);
  });
}
