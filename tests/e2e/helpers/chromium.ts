import type { LaunchOptions } from '@playwright/test'

import { CHROMIUM_ARGS, findChromium } from '../../../scripts/lib/chromium'

/**
 * Playwright's own Chromium where it is installed, else the system Chromium (Debian's `chromium`
 * package) or CHROMIUM_PATH (scripts/lib/chromium.ts, shared with the book's PDF build).
 */
export function chromiumLaunchOptions(): LaunchOptions {
  const chromium = findChromium()
  if (!chromium.found) {
    throw new Error(`No Chromium found (looked at ${chromium.looked.join(', ')}): ${chromium.advice}.`)
  }
  return { executablePath: chromium.executablePath, args: CHROMIUM_ARGS }
}
