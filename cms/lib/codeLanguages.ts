/** Languages a code block may be marked with, in the editor and in content/ (```json). */
export const CODE_LANGUAGES = {
  plaintext: 'Plain text',
  bash: 'Shell',
  css: 'CSS',
  html: 'HTML',
  js: 'JavaScript',
  json: 'JSON',
  ts: 'TypeScript',
  sql: 'SQL',
  yaml: 'YAML',
}
