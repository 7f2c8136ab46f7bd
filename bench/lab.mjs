// The training lab, for `npm run bench` (issue 21), in the built app with its default backend:
// - labStepMs: one training step of a batch of 128 (forward, backward, update), median of the
//   steps between evaluations, both runs training side by side (one worker each), as a student
//   would run them;
// - epochSeconds: the training time of the first epoch (58 steps of 128 and its evaluations);
// - testError after `epochs` epochs, and the dropout gap: test error − training error at the
//   end, for run A (dropout 0.5) and run B (dropout off), same seed, ReLU;
// - reluVsTanhSpeedup: "Reproduce Figure 1" with the paper's other switches: iterations to 25 %
//   training error, tanh ÷ ReLU (the paper: 6× on CIFAR-10);
// - longestTaskMs: the page's longest main-thread task while training (goal ≤ 50 ms).
// Read from the page's performance marks (lab:steps, lab:evaluation, lab:status: state/lab/runStore.ts).
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : null;
};
const round = (x) => (x == null ? null : Math.round(x * 10) / 10);

/** ReLU in both runs; A with dropout 0.5, B without; 3 epochs of 128; the paper's other switches. */
const gapCode = 'r2NOaMW-r0NOaMW-s1-r0.01-b128-e3-p1-t25';

async function openLab(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        performance.mark('bench:longtask', { startTime: e.startTime, detail: { duration: e.duration } });
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url);
  await page.getByTestId('lab').waitFor({ timeout: 120_000 });
  return { context, page };
}

/** Waits until both runs report `done`, then reads every mark. */
async function untilDone(page, timeoutMs) {
  await page.waitForFunction(
    () => {
      const done = performance.getEntriesByName('lab:status').filter((e) => e.detail.status === 'done');
      return new Set(done.map((e) => e.detail.run)).size === 2;
    },
    null,
    { timeout: timeoutMs, polling: 1000 },
  );
  return page.evaluate(() => {
    const marks = (n) => performance.getEntriesByName(n).map((e) => ({ t: e.startTime, ...e.detail }));
    return {
      steps: marks('lab:steps'),
      evals: marks('lab:evaluation'),
      statuses: marks('lab:status'),
      longTasks: marks('bench:longtask'),
    };
  });
}

export async function measureLab(browser, baseUrl) {
  // 1. Step time, epoch time, accuracy and the dropout gap.
  let { context, page } = await openLab(browser, `${baseUrl}#view=lab&lab=${gapCode}`);
  await page.getByTestId('lab-start').click();
  const run1 = await untilDone(page, 1_800_000);
  await context.close();
  const stepsOf = (run) => run1.steps.filter((m) => m.run === run).flatMap((m) => m.steps);
  const evalsOf = (run) => run1.evals.filter((m) => m.run === run).map((m) => m.point);
  const deltas = [];
  for (const run of ['a', 'b']) {
    const s = stepsOf(run);
    const evalAt = new Set(evalsOf(run).map((e) => e.iteration));
    for (let i = 1; i < s.length; i++) {
      // Left out: the first step (XNNPACK packs the weights) and steps after an evaluation.
      if (i > 1 && !evalAt.has(s[i - 1].iteration)) deltas.push((s[i].seconds - s[i - 1].seconds) * 1000);
    }
  }
  const epochSeconds = stepsOf('a').find((p) => p.iteration === 58)?.seconds;
  const final = (run) => evalsOf(run).at(-1);
  const start = run1.statuses.find((m) => m.status === 'running')?.t ?? 0;
  const end = Math.max(...run1.statuses.filter((m) => m.status === 'done').map((m) => m.t));
  const during = run1.longTasks.filter((l) => l.t >= start && l.t <= end).map((l) => l.duration);

  // 2. Figure 1 with the same settings: ReLU against tanh to 25 % training error.
  ({ context, page } = await openLab(browser, `${baseUrl}#view=lab&lab=${gapCode}`));
  await page.getByTestId('lab-figure1-run').click();
  const run2 = await untilDone(page, 1_800_000);
  const ratioText = await page.getByTestId('lab-figure1-result').getAttribute('data-ratio');
  const resultText = (await page.getByTestId('lab-figure1-result').locator('p').allTextContents()).join(' ');
  await context.close();
  const reached = (run) =>
    run2.statuses.find((m) => m.run === run && m.status === 'done' && m.reason === 'target') !== undefined;
  const lastIteration = (run) =>
    run2.steps
      .filter((m) => m.run === run)
      .flatMap((m) => m.steps)
      .at(-1)?.iteration;

  const gap = (run) => (final(run) ? round((final(run).testError - final(run).trainError) * 100) : null);
  return {
    settings: gapCode,
    labStepMs: round(median(deltas)),
    epochSeconds: round(epochSeconds),
    testErrorA: final('a') && round(final('a').testError * 100),
    testErrorB: final('b') && round(final('b').testError * 100),
    dropoutGapA: gap('a'),
    dropoutGapB: gap('b'),
    longestTaskMs: round(Math.max(0, ...during)),
    reluVsTanhSpeedup: ratioText == null ? null : round(Number(ratioText)),
    figure1: {
      reluReached: reached('a'),
      tanhReached: reached('b'),
      reluIterations: lastIteration('a'),
      tanhIterations: lastIteration('b'),
      text: resultText?.trim(),
    },
  };
}

/** Lines for results.md. */
export function labLines(r) {
  if (!r) return [];
  return [
    '',
    `Training lab (${r.settings}; two runs side by side, one worker each):`,
    `- labStepMs (batch 128, forward + backward + update): **${r.labStepMs} ms**; epochSeconds: **${r.epochSeconds} s**`,
    `- test error after 3 epochs: A (dropout 0.5) ${r.testErrorA} %, B (no dropout) ${r.testErrorB} %; train/test gap: A ${r.dropoutGapA} points, B ${r.dropoutGapB} points`,
    `- reluVsTanhSpeedup (iterations to 25 % training error, tanh ÷ ReLU, same seed): **${r.reluVsTanhSpeedup}×** (the paper: 6× on CIFAR-10); ${r.figure1.text ?? ''}`,
    `- longest main-thread task while training: ${r.longestTaskMs} ms (goal ≤ 50: ${r.longestTaskMs <= 50 ? 'met' : 'NOT met'})`,
  ];
}
