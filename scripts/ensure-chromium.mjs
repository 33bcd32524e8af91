// Before the end-to-end tests: make sure a Chromium is there for Playwright (its own browser
// download is blocked on offline machines). On Debian as root it installs the distro package.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
if (candidates.some((path) => existsSync(path))) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log("Chromium not found: installing Debian's chromium package for the end-to-end tests...");
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
  });
  process.exit(0);
}
console.error(
  'The end-to-end tests need Chromium: install it (e.g. `sudo apt-get install chromium`) or set CHROMIUM_PATH.',
);
process.exit(1);
