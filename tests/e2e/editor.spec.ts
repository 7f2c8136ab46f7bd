import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

// Edited conv1 stride 2 on the seed variant, by hand: (227 − 11)/2 + 1 = 109; pool1 (109 − 3)/2 + 1 = 54;
// conv2 54; pool2 26; conv3–5 26; pool5 12; flatten 12·12·256 = 36,864; fc6 36,864·4,096 + 4,096.
const fc6Edited = (36864 * 4096 + 4096).toLocaleString('en-US');

test('editing conv1’s stride to 2: 109×109 at conv1, a 36,864-long flatten and a larger fc6, everywhere', async ({
  page,
  watch,
}) => {
  await page.goto('/#variant=seed&edit');
  const conv1 = page.getByTestId('edit-row-conv1');
  await conv1.getByLabel('stride').fill('2');
  await expect(page.getByTestId('edit-out-conv1')).toContainText('109×109×96');
  await expect(page.getByTestId('edit-out-fc6')).toContainText(fc6Edited);
  // The rest of the app follows once the draft is applied: the chooser, the link.
  await expect(page.getByTestId('edited-badge')).toBeVisible();
  await expect(page.getByTestId('network-chooser')).toHaveValue('edited');
  await expect.poll(() => page.url()).toMatch(/variant=edited&net=1\./);

  // A broken value: its message sits beside the field, and the app keeps the last network that worked.
  await conv1.getByLabel('groups').fill('2');
  await expect(conv1.getByRole('alert')).toHaveText('3 input channels cannot be split into 2 groups.');
  await expect(conv1.getByLabel('groups')).toHaveAttribute('aria-invalid', 'true');
  await expect.poll(() => page.url()).toMatch(/net=1\./);
  await conv1.getByLabel('groups').fill('1');
  await expect(conv1.getByRole('alert')).toHaveCount(0);

  // The walkthrough shows the edited network: its diagram and its table.
  await page.getByTestId('view-walk').click();
  await expect(page.getByTestId('network-diagram')).toContainText('109×109×96');
  await page.getByTestId('to-reference').click();
  await expect(page.getByTestId('shape-conv1')).toHaveText('109×109×96');
  await expect(page.getByTestId('shape-flatten')).toHaveText('36864');
  await expect(page.getByTestId('params-fc6')).toHaveText(fc6Edited);

  // The link carries the network: reload it, step to conv1 in the walkthrough.
  const url = page.url();
  await page.goto('about:blank');
  await page.goto(url + '&layer=conv1');
  await expect(page.getByTestId('step-output')).toHaveText('109×109×96');
  await expect(page.getByTestId('network-chooser')).toHaveValue('edited');
  expect(watch.errors).toEqual([]);
});

test('adding, moving and removing layers', async ({ page }) => {
  await page.goto('/#variant=seed&edit');
  // Move fc6 above flatten: core says fc6 needs a flat vector, beside the layer.
  await page.getByRole('button', { name: 'Move fc6 up' }).click();
  await expect(page.getByTestId('edit-row-fc6').getByRole('alert')).toContainText('add a flatten layer before it');
  await page.getByRole('button', { name: 'Move fc6 down' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  // Add a convolution after conv5 (256 → 256 kernels, 3×3, pad 1): one more (3·3·256 + 1)·256 = 590,080.
  await page.getByLabel('New layer').selectOption('conv');
  await page.getByLabel('Add after').selectOption('conv5');
  await page.getByRole('button', { name: 'Add layer' }).click();
  await expect(page.getByTestId('edit-out-conv6')).toContainText('13×13×256 · 590,080');
  await expect(page.getByTestId('editor-status')).toContainText((62_378_344 + 590_080).toLocaleString('en-US'));
  await page.getByRole('button', { name: 'Remove conv6' }).click();
  await expect(page.getByTestId('edit-row-conv6')).toHaveCount(0);
  await expect(page.getByTestId('editor-status')).toContainText('62,378,344');
});

test('a damaged or hand-edited link falls back to the variant with a clear note', async ({ page }) => {
  await page.goto('/#variant=paper&net=1.abc123.N4IgdghgtgpiBcIAcAGAN');
  await expect(page.getByTestId('link-notice')).toContainText('damaged');
  await expect(page.getByTestId('link-notice')).toContainText('Showing AlexNet · paper, two GPUs instead.');
  await expect(page.getByTestId('total-params')).toContainText('60,965,224');
  await page.goto('/#variant=seed&net=7.abc.def');
  await expect(page.getByTestId('link-notice')).toContainText('another version of the app (format 7)');
});

test('a JSON file that fails the schema check changes nothing and says why', async ({ page }) => {
  await page.goto('/#variant=seed&edit');
  const file = {
    format: 'alexnet-layer-by-layer/network',
    version: 1,
    base: 'seed',
    layers: [{ kind: 'warp', id: 'x' }],
  };
  await page.getByTestId('editor-load').setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await expect(page.getByRole('alert')).toContainText('layers[0].kind should be one of input, conv');
  await expect(page.getByTestId('editor-status')).toContainText('62,378,344');
  await expect(page.getByTestId('network-chooser')).toHaveValue('seed');
});

test('compare seed with paper: conv2, conv4, conv5 grouped, −1,413,120 parameters', async ({ page }) => {
  await page.goto('/#variant=seed&compare=seed,paper');
  const summary = page.getByTestId('compare-summary');
  await expect(summary).toContainText('conv2, conv4, conv5 grouped (1 → 2): −1,413,120 parameters');
  await expect(summary).toContainText('norm1, norm2 added: 0 parameters');
  await expect(page.getByTestId('compare-total-row')).toContainText('−1,413,120 ×0.977');
  await expect(page.getByTestId('compare-row-conv2').locator('.cell-changed')).toHaveCount(4);
  await expect(page.getByTestId('rf-chart').locator('circle')).toHaveCount(18);
  // In Chinese too.
  await page.goto('/#variant=seed&compare=seed,paper&lang=zh');
  await expect(page.getByTestId('compare-summary')).toContainText('conv2、conv4、conv5 分组（1 → 2）：参数 −1,413,120');
  // torchvision moves its dropouts before fc6/fc7: each appears twice (removed, added), no clash.
  await page.goto('/#variant=seed&compare=seed,torchvision');
  await expect(page.getByTestId('compare-summary')).toContainText('conv3, conv5 (same settings, different input)');
  await expect(page.getByTestId('compare-total-row')).toContainText('−1,277,504');
  // A link naming an unknown network says so and shows seed and paper.
  await page.goto('/#variant=seed&compare=seed,resnet');
  await expect(page.getByTestId('compare-view').getByRole('alert')).toContainText('seed,resnet');
});

test('code export: the PyTorch file downloads with the network in it', async ({ page }) => {
  await page.goto('/#variant=paper&code=pytorch');
  const code = page.getByTestId('code-text');
  await expect(code).toContainText('class AlexNet(nn.Module):');
  await expect(code).toContainText('nn.Conv2d(96, 256, kernel_size=5, stride=1, padding=2, groups=2),  # conv2');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('code-download').click()]);
  expect(download.suggestedFilename()).toBe('alexnet_paper.py');
  const path = await download.path();
  const text = readFileSync(path, 'utf8');
  expect(text).toContain('nn.LocalResponseNorm(size=5, alpha=0.0005, beta=0.75, k=2.0),  # norm1');
  expect(text).toContain('print(f"total parameters: {total:,}")');
  await page.getByRole('radio', { name: 'TensorFlow.js' }).check();
  await expect(code).toContainText('class GroupedConv2D extends tf.layers.Layer');
  await expect.poll(() => page.url()).toContain('code=tfjs');
});

for (const lang of ['en', 'zh'] as const) {
  test(`axe: the editor, compare and code views in ${lang}`, async ({ page }) => {
    for (const [hash, ready] of [
      ['view=edit', 'edit-row-conv1'],
      ['view=compare&compare=seed,paper', 'rf-chart'],
      ['view=code&code=pytorch', 'code-text'],
    ] as const) {
      await page.goto(`/#variant=paper&${hash}&lang=${lang}`);
      await expect(page.getByTestId(ready)).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
      const serious = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map(
          (v) =>
            `${hash} ${v.id}: ${v.nodes
              .slice(0, 3)
              .map((n) => n.target.join(' '))
              .join(', ')}`,
        );
      expect(serious).toEqual([]);
    }
  });
}
