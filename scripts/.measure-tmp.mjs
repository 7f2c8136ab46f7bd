import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
const [url, width='1366', height='768', touch=''] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const ctx = await browser.newContext({ viewport: { width: +width, height: +height }, hasTouch: !!touch, isMobile: !!touch });
const page = await ctx.newPage();
page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
await page.goto(url);
await page.waitForTimeout(Number(process.env.WAIT ?? 3000));
const r = await page.evaluate(() => {
  const q = (s) => { const e = document.querySelector(s); if (!e) return null; const b = e.getBoundingClientRect(); return [Math.round(b.top), Math.round(b.bottom), Math.round(b.left), Math.round(b.right)]; };
  return { sw: document.documentElement.scrollWidth, iw: innerWidth, sy: scrollY,
    header: q('.app-header'), image: q('[data-testid=image-section]'), diagram: q('.network-diagram'), nav: q('.step-nav'), title: q('#step-title'), out: q('[data-testid=step-output]'), formula: q('.step-numbers .formula'), grid: q('[data-testid=feature-map-grid]'), viz: q('.step-viz') };
});
console.log(JSON.stringify(r));
if (process.env.OVER) console.log(JSON.stringify(await page.evaluate(() => [...document.querySelectorAll("body *")].filter((e) => e.getBoundingClientRect().right > 391 && !e.closest(".nd-scroll, .step-strip, .table-scroll")).slice(0, 12).map((e) => e.tagName + "." + String(e.className?.baseVal ?? e.className).slice(0, 40) + ":" + Math.round(e.getBoundingClientRect().right)))));
if (process.env.TOP) await page.evaluate(() => scrollTo(0, 0));
if (process.env.SHOT) await page.screenshot({ path: process.env.SHOT });
await browser.close();
