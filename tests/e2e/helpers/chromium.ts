import { existsSync } from 'node:fs'
import type { LaunchOptions } from '@playwright/test'
import { chromium } from '@playwright/test'

/**
 * Playwright's own Chromium where it is installed, else the system Chromium (Debian's `chromium`
 * package) or CHROMIUM_PATH. The flags let it run as root on a closed network.
 */
export function chromiumLaunchOptions(): LaunchOptions {
  const candidates = [
    process.env.CHROMIUM_PATH,
    safeBundledPath(),
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
  ]
  const executablePath = candidates.find((candidate): candidate is string =>
    Boolean(candidate && existsSync(candidate)),
  )
  if (!executablePath) {
    throw new Error(
      'No Chromium found. Install Debian\'s "chromium" package (apt-get install chromium) or set CHROMIUM_PATH.',
    )
  }
  return {
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  }
}

function safeBundledPath(): string | undefined {
  try {
    return chromium.executablePath()
  } catch {
    return undefined
  }
}
