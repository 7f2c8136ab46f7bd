import type { Page, Route } from '@playwright/test';
import { expect, test } from './fixtures';

/** Holds the app's entry script until `release()`: the page shows only index.html's frame. */
async function holdScript(page: Page): Promise<() => Promise<void>> {
  let release: () => void = () => {};
  const gate = new Promise<void>((r) => (release = r));
  let held: Route | undefined;
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    held = route;
    await gate;
    await route.continue();
  });
  return async () => {
    release();
    await expect.poll(() => held !== undefined).toBe(true);
  };
}

/**
 * Waits until index.html's frame is painted as styled: its stylesheets are in (a late
 * stylesheet moves the title, from the unstyled (8, 21) to (24, 10)) and the first paint is done.
 */
async function painted(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].every((l) => l.sheet !== null) &&
      performance.getEntriesByName('first-contentful-paint').length > 0,
    null,
    { polling: 50 },
  );
}

const box = async (page: Page, selector: string) => {
  const b = await page.locator(selector).first().boundingBox();
  return b && { x: Math.round(b.x), y: Math.round(b.y) };
};

for (const [lang, title] of [
  ['en', 'AlexNet, layer by layer'],
  ['zh', '逐层看懂 AlexNet'],
] as const) {
  test(`before any script the page shows the title (${lang}), and the app takes over in place`, async ({
    page,
    watch,
  }) => {
    // The bench's window. (At ~1200–1300 px the English controls wrap to three rows beside the
    // title, and the frame, which has no controls, sits 12 px higher: a known jump.)
    await page.setViewportSize({ width: 1400, height: 900 });
    const release = await holdScript(page);
    await page.goto(`/#variant=seed&layer=conv1&image=cat${lang === 'zh' ? '&lang=zh' : ''}`, {
      waitUntil: 'commit',
    });
    // index.html's frame, in the link's language (the inline script ran: the CSP allowed it).
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
    await expect(page.getByTestId('walkthrough')).toHaveCount(0);
    await painted(page);
    const before = await box(page, 'h1');

    await release();
    // The app's own header replaces the frame: same title, in the same place.
    await expect(page.getByTestId('walkthrough')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.locator('.app-shell')).toHaveCount(0);
    expect(await box(page, 'h1')).toEqual(before);
    expect(watch.errors).toEqual([]);
  });
}

test('what lies below the first screen follows once it is painted', async ({ page }) => {
  await page.goto('/#variant=seed&layer=conv1');
  await expect(page.getByTestId('walkthrough')).toBeVisible();
  await expect(page.getByTestId('to-reference')).toBeVisible();
  await page.getByTestId('to-reference').click();
  await expect(page.getByTestId('row-conv1')).toBeInViewport();
});
