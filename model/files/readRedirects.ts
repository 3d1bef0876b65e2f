/**
 * Reads content/redirects.yml (model/redirects.ts): every entry against the schema, and no old
 * address twice, with the line of each problem. A folder without the file has no redirects.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { REDIRECTS_FILE, redirectsSchema, type Redirect } from '../redirects'
import { describeIssues, parseYaml, type FileProblem } from './yaml'

export async function readRedirects(
  root: string,
): Promise<{ redirects: Redirect[]; problems: FileProblem[] }> {
  let text: string
  try {
    text = await readFile(path.join(root, REDIRECTS_FILE), 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { redirects: [], problems: [] }
    throw new Error(`Cannot read content/${REDIRECTS_FILE}`, { cause: error })
  }
  return checkRedirectsText(text)
}

/** The redirects in the text of a redirects file, or the problems that keep it from being used. */
export function checkRedirectsText(text: string): { redirects: Redirect[]; problems: FileProblem[] } {
  const file = REDIRECTS_FILE
  const yaml = parseYaml(text, 1)
  if (yaml.errors.length)
    return {
      redirects: [],
      problems: yaml.errors.map((error) => ({ file, line: error.line, message: error.message })),
    }
  const result = redirectsSchema.safeParse(yaml.value ?? [])
  if (!result.success)
    return {
      redirects: [],
      problems: describeIssues(result.error.issues, text, yaml).map((issue) => ({ file, ...issue })),
    }
  const problems: FileProblem[] = []
  const seen = new Map<string, number>()
  result.data.forEach((redirect, index) => {
    const earlier = seen.get(redirect.from)
    if (earlier !== undefined)
      problems.push({
        file,
        line: yaml.lineOf([index, 'from']),
        message: `"${redirect.from}" is listed twice (first at line ${yaml.lineOf([earlier, 'from'])}); an old address can lead to one place only`,
      })
    else seen.set(redirect.from, index)
  })
  return { redirects: problems.length ? [] : result.data, problems }
}
