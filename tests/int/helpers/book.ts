/**
 * Running the book and site builds as a user does (the real scripts, in their own process), and
 * reading what they made: EPUB entries, poppler's view of a PDF, epubcheck's verdict.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { unzipSync } from 'fflate'

export const root = path.resolve(import.meta.dirname, '../../..')

export type Run = { status: number | null; output: string; seconds: number }

/** Runs one of scripts/*.ts with tsx, like `npm run`, in a clean environment plus `env`. */
export function runScript(script: string, env: Record<string, string>, args: string[] = []): Run {
  const start = performance.now()
  const result = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/tsx/dist/cli.mjs'), `scripts/${script}`, ...args],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NODE_ENV: 'production', ...env },
      timeout: 300_000,
    },
  )
  return {
    status: result.status,
    output: `${result.stdout}${result.stderr}`,
    seconds: (performance.now() - start) / 1000,
  }
}

/** A command line tool's standard output; fails the test with its error output otherwise. */
export function tool(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  if (result.status !== 0)
    throw new Error(
      `${command} ${args.join(' ')} failed (${result.status}): ${result.stderr || result.error}`,
    )
  return result.stdout
}

/** The text files of an EPUB (XHTML, OPF, CSS, XML), by name. */
export function epubTexts(file: string): Map<string, string> {
  const entries = unzipSync(readFileSync(file))
  const texts = new Map<string, string>()
  for (const [name, bytes] of Object.entries(entries)) {
    if (/\.(xhtml|opf|css|xml|ncx)$/.test(name) || name === 'mimetype')
      texts.set(name, new TextDecoder().decode(bytes))
  }
  return texts
}

/** All the text of a PDF, as pdftotext reads it. */
export const pdfText = (file: string, args: string[] = []) => tool('pdftotext', [...args, file, '-'])

/** The text inside a band of every page (in points from the top), one entry per page. */
export function pdfBand(file: string, top: number, height: number, width = 420): string[] {
  const text = pdfText(file, ['-x', '0', '-y', String(top), '-W', String(width), '-H', String(height)])
  return text.split('\f').slice(0, -1)
}

/** The PDF's outline (bookmarks) as poppler reads it: title and page of every entry, nested ones too. */
export function pdfOutline(file: string): { title: string; page: number }[] {
  const xml = tool('pdftohtml', ['-xml', '-i', '-q', '-stdout', file])
  const outline = xml.slice(xml.indexOf('<outline>'))
  return [...outline.matchAll(/<item page="(\d+)">([^<]*)<\/item>/g)].map((match) => ({
    page: Number(match[1]),
    title: decodeXml(match[2]),
  }))
}

export const decodeXml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&')

/** pdfinfo's fields, e.g. Title, Pages, Tagged. */
export function pdfInfo(file: string): Record<string, string> {
  return Object.fromEntries(
    tool('pdfinfo', [file])
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((match): match is RegExpExecArray => Boolean(match))
      .map((match) => [match[1], match[2]]),
  )
}

/**
 * Text compared across forms: the same characters, whatever the line breaks, spacing and case
 * (labels are upper case in print). Hyphens are left out: pdftotext drops a hyphen at a line end.
 */
export const comparable = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u00ad\u2010-]/g, '')
    .replace(/\s+/g, '')

type EpubcheckReport = {
  checker: { nFatal: number; nError: number; nWarning: number; nUsage: number }
  messages: { ID: string; severity: string; message: string; locations: { path: string; line: number }[] }[]
}

/** epubcheck's JSON report (Debian's jar, run with java; scripts/ci/install-system-packages.sh installs both). */
export function epubcheck(file: string, reportFile: string): EpubcheckReport {
  spawnSync('java', ['-jar', '/usr/share/java/epubcheck.jar', file, '--json', reportFile], {
    encoding: 'utf8',
  })
  return JSON.parse(readFileSync(reportFile, 'utf8')) as EpubcheckReport
}
