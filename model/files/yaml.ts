import { Document, isMap, isScalar, LineCounter, parseDocument, type Node } from 'yaml'
import type { z } from 'zod'

/** One problem in one file: what is wrong and on which line. */
export type FileProblem = { file: string; line?: number; message: string }

/** `content/posts/x.nl.md:12: what is wrong`: the form editors and build logs show problems in. */
export const formatProblem = (problem: FileProblem): string =>
  `content/${problem.file}${problem.line ? `:${problem.line}` : ''}: ${problem.message}`

export type ParsedYaml = {
  value: unknown
  lineOf: (path: PropertyKey[]) => number | undefined
  problems: string[]
  firstLine: number
}

/** Parses YAML and keeps what is needed to say on which line a value stands. */
export function parseYaml(
  text: string,
  firstLine = 1,
): ParsedYaml & { errors: { line: number; message: string }[] } {
  const lineCounter = new LineCounter()
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true })
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1
  const errors = document.errors.map((error) => ({
    line: lineAt(error.pos[0]),
    message: `the YAML is broken: ${error.message.split('\n')[0]}`,
  }))
  const lineOf = (path: PropertyKey[]): number | undefined => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = document.getIn(path.slice(0, depth) as unknown[], true) as Node | undefined
      if (node?.range) return lineAt(node.range[0])
      if (depth === 0) return firstLine
    }
    return undefined
  }
  return { value: errors.length ? undefined : document.toJS(), lineOf, problems: [], firstLine, errors }
}

/** The line of a key (not its value) in a mapping, for "unknown field" problems. */
export function lineOfKey(
  text: string,
  parentPath: PropertyKey[],
  key: string,
  firstLine = 1,
): number | undefined {
  const lineCounter = new LineCounter()
  const document = parseDocument(text, { lineCounter })
  const parent = parentPath.length ? document.getIn(parentPath as unknown[], true) : document.contents
  if (!isMap(parent)) return undefined
  for (const pair of parent.items) {
    if (isScalar(pair.key) && pair.key.value === key && pair.key.range) {
      return lineCounter.linePos(pair.key.range[0]).line + firstLine - 1
    }
  }
  return undefined
}

/** Turns zod's findings into sentences that say which field is wrong and how to fix it. */
export function describeIssues(
  issues: z.core.$ZodIssue[],
  yamlText: string,
  parsed: ParsedYaml,
): { line?: number; message: string }[] {
  return issues.flatMap((issue) => {
    const field = issue.path.map(String).join('.') || 'front matter'
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        line: lineOfKey(yamlText, issue.path, key, parsed.firstLine) ?? parsed.lineOf(issue.path),
        message: `unknown field "${[...issue.path.map(String), key].join('.')}"; check its spelling against content/README.md`,
      }))
    }
    const missing = issue.code === 'invalid_type' && issue.input === undefined
    return [
      {
        line: parsed.lineOf(issue.path),
        message: missing ? `"${field}" is required` : `"${field}" ${issue.message}`,
      },
    ]
  })
}

/** YAML text of a value, keys in the order given, no line folding: the same input gives the same bytes. */
export function stringifyYaml(value: unknown): string {
  return new Document(value).toString({ lineWidth: 0, minContentWidth: 0 })
}
