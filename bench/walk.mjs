// Walkthrough timings for `npm run bench` (issue 4's goals), measured in the built app:
// - stepDrawMs: key press → the next layer's feature maps drawn, activations already computed
//   (median over the spatial steps conv1 … pool5 of the seed variant);
// - imageToReadyMs: click on another sample → its activations computed and the current layer's
//   maps drawn (median of `runs`), to compare with the same backend's warm forward.
// Both come from performance marks the app sets when it draws (`maps-drawn:<layer>:<image>`).

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : null;
};

/** Resolves with performance.now() of the first mark named `name` after `since`. */
const markAfter = (page, name, since, timeout = 60_000) =>
  page
    .waitForFunction(
      ([n, t]) => performance.getEntriesByName(n).find((e) => e.startTime >= t)?.startTime ?? false,
      [name, since],
      { timeout, polling: 'raf' },
    )
    .then((h) => h.jsonValue());

export async function measureWalkthrough(browser, baseUrl, backend, runs = 5) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`${baseUrl}#variant=seed&layer=conv1&image=cat&backend=${backend}`);
  await markAfter(page, 'maps-drawn:conv1:sample-cat', 0, 120_000);

  const steps = [
    'relu1',
    'pool1',
    'conv2',
    'relu2',
    'pool2',
    'conv3',
    'relu3',
    'conv4',
    'relu4',
    'conv5',
    'relu5',
    'pool5',
  ];
  const stepMs = [];
  for (const id of steps) {
    const t0 = await page.evaluate(() => performance.now());
    await page.keyboard.press('ArrowRight');
    stepMs.push((await markAfter(page, `maps-drawn:${id}:sample-cat`, t0)) - t0);
  }
  // Home is the first pipeline step (data); conv2 comes after augmentation, training, input,
  // conv1, relu1 and pool1.
  await page.keyboard.press('Home');
  for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowRight');

  const imageMs = [];
  const samples = ['coffee', 'astronaut', 'rocket', 'cat'];
  for (let i = 0; i < runs; i++) {
    const id = samples[i % samples.length];
    const t0 = await page.evaluate(() => performance.now());
    // The picker is folded once an image is in use (issue 13): open it first.
    await page.getByTestId('image-change').click();
    await page.getByTestId(`sample-${id}`).click();
    imageMs.push((await markAfter(page, `maps-drawn:conv2:sample-${id}`, t0)) - t0);
  }
  await page.close();
  const round = (x) => (x === null ? null : Math.round(x * 10) / 10);
  return {
    stepDrawMs: round(median(stepMs)),
    stepDrawMaxMs: round(Math.max(...stepMs)),
    imageToReadyMs: round(median(imageMs)),
  };
}
