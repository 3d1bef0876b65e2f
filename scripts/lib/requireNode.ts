/**
 * Stops early with a clear message, and no stack trace, on a Node.js older than the one Astro 7
 * and Next.js 16 need. (`npm ci` refuses it already, through .npmrc's engine-strict; this catches
 * a Node switched after installing.)
 */
export function requireNode(minimum = '22.12.0'): void {
  const [major, minor] = process.versions.node.split('.').map(Number)
  const [needMajor, needMinor] = minimum.split('.').map(Number)
  if (major > needMajor || (major === needMajor && minor >= needMinor)) return
  process.stderr.write(
    `Node.js ${minimum} or newer is needed; this is ${process.versions.node}. ` +
      'Install Node 22 LTS (see .nvmrc), or run `npm install --prefix ~/.cache/node22 node@22` and put its ' +
      'node_modules/.bin first on PATH.\n',
  )
  process.exit(1)
}
