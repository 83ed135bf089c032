import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Finds a Chromium for the browser tests: CHROME_PATH, then Debian's /usr/bin/chromium, then a browser
 * Playwright downloaded itself. Where none exists and we are root on Debian, installs Debian's `chromium`.
 * Returns its path, or undefined after printing the one command to run.
 */
export function findChromium({ install = true } = {}) {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', playwrightsOwn()];
  const found = candidates.find((p) => p && existsSync(p));
  if (found) return found;
  const root = process.getuid?.() === 0;
  if (install && root && existsSync('/etc/debian_version')) {
    console.log('No Chromium found: installing Debian\'s chromium (apt-get install -y chromium)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  console.error('No Chromium found for the browser tests. Install one with:\n\n  sudo apt-get install -y chromium\n\n(or set CHROME_PATH to a Chromium or Chrome binary).');
  return undefined;
}

function playwrightsOwn() {
  try {
    const { chromium } = createRequire(import.meta.url)('playwright-core');
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}
