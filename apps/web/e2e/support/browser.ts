import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's chromium (apt-get install chromium fonts-wqy-microhei); never a downloaded browser. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Under CI a missing browser fails the run; on a laptop without one the browser tests are skipped. */
export function browserAvailable(): boolean {
  if (existsSync(chromiumPath)) return true;
  if (process.env.CI === 'true' || process.env.CI === '1') {
    throw new Error(
      `No Chromium at ${chromiumPath}: install it with 'apt-get install -y chromium fonts-wqy-microhei' (CI runs the browser tests, it never skips them)`,
    );
  }
  return false;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
}
