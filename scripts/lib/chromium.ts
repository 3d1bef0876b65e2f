/**
 * Which Chromium to drive (README, "Quick start"): the one in CHROMIUM_PATH when set,
 * else Playwright's own where installed, else Debian's `chromium`. The flags let it run as root
 * on a closed network. Used by the book's PDF build and by the end-to-end tests.
 */
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'

import type Playwright from 'playwright-core'

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
]

export type ChromiumLookup =
  { found: true; executablePath: string } | { found: false; looked: string[]; advice: string }

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser']
const ADVICE =
  'install Debian\'s "chromium" package (apt-get install chromium, see scripts/ci/install-system-packages.sh) or set CHROMIUM_PATH to a Chromium or Chrome binary'

export function findChromium(env: NodeJS.ProcessEnv = process.env): ChromiumLookup {
  // A path someone chose on purpose is used or reported, never silently replaced by another browser.
  if (env.CHROMIUM_PATH) {
    return existsSync(env.CHROMIUM_PATH)
      ? { found: true, executablePath: env.CHROMIUM_PATH }
      : {
          found: false,
          looked: [`CHROMIUM_PATH=${env.CHROMIUM_PATH}`],
          advice: `CHROMIUM_PATH points to ${env.CHROMIUM_PATH}, which does not exist; fix or unset it`,
        }
  }
  const candidates = [bundledPath(), ...SYSTEM_PATHS].filter((path): path is string => Boolean(path))
  const executablePath = candidates.find((path) => existsSync(path))
  if (executablePath) return { found: true, executablePath }
  return { found: false, looked: ['CHROMIUM_PATH (not set)', ...candidates], advice: ADVICE }
}

/**
 * Playwright's own Chromium, where installed. Playwright is loaded here, not when this module is:
 * loading it takes about a second, which a build that finds its book unchanged should not pay.
 */
function bundledPath(): string | undefined {
  try {
    const { chromium } = createRequire(import.meta.url)('playwright-core') as typeof Playwright
    return chromium.executablePath()
  } catch {
    return undefined
  }
}

/** Launch options for Playwright (tests, benchmarks); throws with advice when no Chromium is found. */
export function chromiumLaunchOptions(): { executablePath: string; args: string[] } {
  const found = findChromium()
  if (!found.found)
    throw new Error(`No Chromium found (looked at ${found.looked.join(', ')}): ${found.advice}.`)
  return { executablePath: found.executablePath, args: CHROMIUM_ARGS }
}
