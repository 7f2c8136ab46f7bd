// Makes sure a Chromium exists for the browser tests, so they are never silently skipped.
// Looks at CHROME_PATH, then /usr/bin/chromium; as root with apt-get, installs Debian's
// chromium; otherwise stops with a message that says how to get one.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
const found = candidates.find((p) => existsSync(p));
if (found) {
  process.exit(0);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
  console.log('No Chromium found: installing Debian\'s "chromium" with apt-get (about a minute)…');
  execSync('apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium', { stdio: 'inherit' });
  if (existsSync('/usr/bin/chromium')) process.exit(0);
}
console.error(
  [
    'The browser tests need Chromium and none was found.',
    '  On Debian/Ubuntu, as root:   apt-get update && apt-get install -y chromium',
    '  Or point CHROME_PATH at an existing Chromium or Chrome binary:  CHROME_PATH=/path/to/chrome npm test',
  ].join('\n'),
);
process.exit(1);
