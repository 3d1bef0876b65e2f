/**
 * DAISY Ace, the EPUB accessibility checker publishers use (axe rules on every content document
 * plus the EPUB Accessibility metadata rules), run on the system's Chromium like our other browser
 * checks (scripts/lib/chromium.ts).
 */
import { createRequire } from 'node:module'

import { chromiumLaunchOptions } from '../../../scripts/lib/chromium'

type Assertion = {
  'earl:test'?: { 'dct:title'?: string; 'earl:impact'?: string }
  'earl:result': { 'earl:outcome': 'pass' | 'fail'; 'dct:description'?: string }
  'earl:testSubject'?: { url?: string }
  assertions?: Assertion[]
}
type AceReport = Assertion & { 'a11y-metadata'?: { missing?: string[] } }

const require = createRequire(import.meta.url)

/** Every failed check in the EPUB, as "<file>: <rule> (<impact>): <description>". */
export async function aceViolations(epub: string, outdir: string): Promise<string[]> {
  process.env.PUPPETEER_EXECUTABLE_PATH = chromiumLaunchOptions().executablePath
  const ace = require('@daisy/ace-core') as (
    epub: string,
    options: Record<string, unknown>,
    runner: unknown,
  ) => Promise<[string, AceReport]>
  const runner = require('@daisy/ace-axe-runner-puppeteer')
  const [, report] = await ace(
    epub,
    { cwd: process.cwd(), outdir, lang: 'en', silent: true, initLogger: true },
    runner,
  )
  const failed: string[] = []
  const walk = (assertion: Assertion, file?: string) => {
    const where = assertion['earl:testSubject']?.url ?? file
    if (assertion['earl:result']['earl:outcome'] === 'fail' && assertion['earl:test'])
      failed.push(
        `${where}: ${assertion['earl:test']['dct:title']} (${assertion['earl:test']['earl:impact']}): ${assertion['earl:result']['dct:description']}`,
      )
    for (const child of assertion.assertions ?? []) walk(child, where)
  }
  walk(report)
  return failed
}
