import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium; the project never downloads a browser. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Whether this run can drive a browser; with OA_REQUIRE_BROWSER=1 (CI) a missing one is a failure. */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  if (process.env['OA_REQUIRE_BROWSER'] === '1') throw new Error(`OA_REQUIRE_BROWSER=1 but there is no Chromium at ${CHROMIUM_PATH}`);
  console.warn(`Browser tests skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium).`);
  return false;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
