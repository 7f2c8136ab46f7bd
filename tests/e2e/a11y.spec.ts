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
