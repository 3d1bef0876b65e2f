/**
 * Splits a content file into its YAML front matter and Markdown body, keeping the line where the
 * body starts so that problems in the body can be reported with the file's own line numbers.
 */
export type SplitFile = { frontmatter: string; body: string; bodyStartLine: number }

export function splitFrontmatter(text: string): SplitFile | { error: string; line: number } {
  const normalized = text.replace(/\r\n?/g, '\n')
  if (!normalized.startsWith('---\n')) {
    return { error: 'the file must start with a front matter block between two "---" lines', line: 1 }
  }
  const end = normalized.indexOf('\n---\n', 3)
  const endAtEof = normalized.endsWith('\n---') ? normalized.length - 4 : -1
  const close = end >= 0 ? end : endAtEof
  if (close < 0) return { error: 'the front matter is not closed by a "---" line', line: 1 }
  const frontmatter = normalized.slice(4, close + 1)
  const body = normalized.slice(close + 5)
  const bodyStartLine = frontmatter.split('\n').length + 2
  return { frontmatter, body, bodyStartLine }
}

/** The text of a content file: front matter, a blank line, the body; LF and one trailing newline. */
export function joinFrontmatter(frontmatter: string, body: string): string {
  const head = `---\n${frontmatter.trimEnd()}\n---\n`
  const text = body.trim() ? `${head}\n${body.trimEnd()}\n` : head
  return text
}
