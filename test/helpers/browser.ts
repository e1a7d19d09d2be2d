// Debian's Chromium driven by playwright-core: headless, no sandbox (root), no background networking.
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.KG_CHROMIUM ?? '/usr/bin/chromium';

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
