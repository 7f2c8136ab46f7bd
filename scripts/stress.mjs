// npm run test:stress: the browser tests on a machine with every core kept busy, the way a
// contributor's laptop or a shared CI runner may be. Starts one busy loop per core (plain Node
// processes spinning at normal priority), runs Playwright with the arguments given (none: the
// whole suite; e.g. `npm run test:stress -- tests/e2e/engine.spec.ts`), stops the loops, and
// exits with Playwright's status. Run after a build (`npm run test:stress` builds first).
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';

const cores = availableParallelism();
const loops = Array.from({ length: cores }, () => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
const stop = () => {
  for (const loop of loops) loop.kill('SIGKILL');
};
process.on('exit', stop);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stop();
    process.exit(130);
  });
}
console.log(`test:stress: ${cores} busy loop(s), one per core; then the browser tests.`);
const started = Date.now();
const run = spawn('npx', ['playwright', 'test', ...process.argv.slice(2)], { stdio: 'inherit' });
run.on('exit', (code, signal) => {
  stop();
  console.log(
    `test:stress: Playwright ended (${signal ?? `exit ${code}`}) after ${Math.round((Date.now() - started) / 1000)} s under load.`,
  );
  process.exit(code ?? 1);
});
