import { expect, test } from './fixtures';

// Per-layer parameter counts from the source article (SEED-NOTES.md), written out by hand.
const seedParams: Record<string, string> = {
  conv1: '34,944', // (11·11·3 + 1)·96
  conv2: '614,656', // (5·5·96 + 1)·256
  conv3: '885,120', // (3·3·256 + 1)·384
  conv4: '1,327,488', // (3·3·384 + 1)·384
  conv5: '884,992', // (3·3·384 + 1)·256
  fc6: '37,752,832', // 9216·4096 + 4096
  fc7: '16,781,312', // 4096·4096 + 4096
  fc8: '4,097,000', // 4096·1000 + 1000
  pool1: '0',
  pool2: '0',
  pool5: '0',
};

test('the seed variant shows the article’s total and every per-layer count', async ({ page, watch }) => {
  await page.goto('/#variant=seed');
  await expect(page.getByTestId('total-params')).toHaveText('62,378,344');
  await expect(page.getByTestId('headline-params')).toHaveText('62,378,344');
  for (const [id, count] of Object.entries(seedParams)) {
    await expect(page.getByTestId(`params-${id}`)).toHaveText(count);
  }
  await expect(page.getByTestId('shape-conv1')).toHaveText('55×55×96');
  await expect(page.getByTestId('row-conv1')).toContainText('(227 − 11 + 2·0)/4 + 1 = 55');
  await expect(page.getByTestId('row-pool5')).toContainText('(13 − 3)/2 + 1 = 6');
  expect(watch.errors).toEqual([]);
});

test('switching the variant updates the table and the URL', async ({ page }) => {
  await page.goto('/#variant=seed');
  await page.getByTestId('network-chooser').selectOption('paper');
  await expect(page).toHaveURL(/#variant=paper/);
  await expect(page.getByTestId('total-params')).toHaveText('60,965,224');
  await expect(page.getByTestId('params-conv2')).toHaveText('307,456');
  await expect(page.getByTestId('puzzle')).toContainText('54.25');

  await page.getByTestId('network-chooser').selectOption('torchvision');
  await expect(page).toHaveURL(/#variant=torchvision/);
  await expect(page.getByTestId('total-params')).toHaveText('61,100,840');
  await expect(page.getByTestId('shape-conv1')).toHaveText('55×55×64');

  await page.getByTestId('network-chooser').selectOption('zfnet');
  await expect(page).toHaveURL(/#variant=zfnet/);
  await expect(page.getByTestId('shape-conv1')).toHaveText('110×110×96');
  await expect(page.getByTestId('shape-pool1')).toHaveText('55×55×96');
});

test('a bad #variant= value falls back to the default with a visible note', async ({ page }) => {
  await page.goto('/#variant=vgg16');
  await expect(page.getByTestId('link-notice')).toContainText('variant=vgg16');
  await expect(page.getByTestId('total-params')).toHaveText('62,378,344');
  await expect(page.getByTestId('network-chooser')).toHaveValue('seed');
});

test('a link opened while the page is open is followed', async ({ page }) => {
  await page.goto('/#variant=seed');
  await page.evaluate(() => {
    window.location.hash = '#variant=zfnet';
  });
  await expect(page.getByTestId('shape-conv1')).toHaveText('110×110×96');
});
