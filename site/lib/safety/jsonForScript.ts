/**
 * JSON to put inside a `<script>` element (JSON-LD). `JSON.stringify` alone is not safe there: a
 * value holding `</script>` ends the element and whatever follows runs as HTML, and `<!--` changes
 * how the parser reads the rest. Escaping `<`, `>` and `&` as `\u003c` etc. keeps the JSON identical
 * for any JSON reader while giving the HTML parser nothing to act on; U+2028/2029 are escaped too,
 * as older JavaScript engines treat them as line ends.
 */
const UNSAFE = /[<>&\u2028\u2029]/g

export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    UNSAFE,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}
