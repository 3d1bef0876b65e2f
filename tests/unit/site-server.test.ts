import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { request as httpRequest } from 'node:http'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { contentTypeOf, resolveStaticFile } from '../../cms/lib/staticFiles'
import { IMMUTABLE, pathMatches, REVALIDATE, writeHeadersFile } from '../../scripts/lib/siteHeaders'
import { type RunningSiteServer, startSiteServer } from '../../scripts/lib/siteServer'

/**
 * The real site server on a free port over a small site made here, asked over real HTTP (and raw
 * TCP where an HTTP client would refuse to send what an attacker sends).
 */

const quiet = { info: () => {}, warn: () => {}, error: () => {} }
const options = { siteUrl: 'https://site.example', cmsUrl: 'https://cms.example/admin' }

const inlineScript = 'document.documentElement.dataset.ready = "1"'
const inlineStyle = '.chip{color:red}'
const filler = `<p>${'Open Ambt schrijft over open overheid. '.repeat(80)}</p>`
const page = (title: string, extra = '') =>
  `<!doctype html><html lang="nl"><head><title>${title}</title>${extra}</head><body>${filler}</body></html>`

const files: Record<string, string | Buffer> = {
  'index.html': page(
    'Home',
    `<style>${inlineStyle}</style><script type="module">${inlineScript}</script>` +
      `<script type="application/ld+json">{"@type":"WebSite"}</script><script src="/_astro/x.abc123.js"></script>`,
  ),
  'blog/index.html': page('Blog', `<style>${inlineStyle}</style>`),
  '404.html': page('Niet gevonden'),
  '_astro/x.abc123.css': `body{margin:0}\n${'.a{color:blue}\n'.repeat(200)}`,
  '_astro/x.abc123.js': 'export {}',
  'pagefind/pagefind.js': `export const version = "1.5.2";\n${'// pagefind\n'.repeat(200)}`,
  'pagefind/pagefind-entry.json': '{"version":"1.5.2"}',
  'pagefind/fragment/en_abc1234.pf_fragment': randomBytes(2000),
  'pagefind/shards/nl/posts/index/nl_1234567.pf_index': randomBytes(2000),
  'boek/downloads/boek.pdf': Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(64 * 1024)]),
  '.git/config': '[core]\n',
  _redirects: '# Old addresses\n/2019/03/12/oud-bericht/  /blog/nieuw/  301\n/  p=123  /blog/nieuw/  301\n',
}

let root: string
let site: RunningSiteServer

async function makeSite(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'site-server-'))
  for (const [file, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true })
    await writeFile(path.join(dir, file), content)
  }
  return dir
}

type Answer = { status: number; headers: Record<string, string | undefined>; body: Buffer }

/** One request on a fresh connection; the body exactly as it came (not decompressed). */
function ask(
  url: string,
  urlPath: string,
  init: { method?: string; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const { hostname, port } = new URL(url)
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      {
        host: hostname,
        port,
        path: urlPath,
        method: init.method ?? 'GET',
        headers: init.headers,
        agent: false,
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => {
          const headers = Object.fromEntries(
            Object.entries(response.headers).map(([name, value]) => [name, [value].flat().join(', ')]),
          )
          resolve({ status: response.statusCode!, headers, body: Buffer.concat(chunks) })
        })
        response.on('error', reject)
      },
    )
    request.on('error', reject)
    request.end()
  })
}

const get = (urlPath: string, headers: Record<string, string> = {}) => ask(site.url, urlPath, { headers })

/** The status of a request sent byte for byte as written (no client cleans it up first). */
function rawStatus(url: string, text: string): Promise<number> {
  const { hostname, port } = new URL(url)
  return new Promise((resolve, reject) => {
    // Written, not ended: a client that half-closes first may get no answer at all.
    const socket = connect(Number(port), hostname, () => socket.write(text))
    let answer = ''
    socket.on('data', (chunk) => (answer += chunk.toString('latin1')))
    socket.on('close', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0)))
    socket.on('error', reject)
  })
}

beforeAll(async () => {
  root = await makeSite()
  site = await startSiteServer({ root, port: 0, headers: options, log: quiet })
})

afterAll(async () => {
  await site?.close()
  await rm(root, { recursive: true, force: true })
})

describe('requests that must not hurt the server', () => {
  test.each([
    ['/%', 400],
    ['/%E0%A4%A', 400],
    ['/..%2f..%2fetc/passwd', 400],
    ['/..%2F..%2F..%2F..%2Fetc%2Fpasswd', 400],
    ['/a%00b', 400],
    ['/blog/%00', 400],
    [`/${'a'.repeat(10 * 1024)}`, 414],
  ])('GET %s is answered %i, and the server still serves', async (urlPath, status) => {
    const answer = await get(urlPath)
    expect(answer.status).toBe(status)
    expect(answer.headers['x-content-type-options']).toBe('nosniff')
    expect((await get('/')).status).toBe(200)
  })

  test('raw requests with dot segments, a NUL byte or an absolute form get a 4xx', async () => {
    const head = 'HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'
    expect(await rawStatus(site.url, `GET /../../etc/passwd ${head}`)).toBe(400)
    expect(await rawStatus(site.url, `GET /%2e%2e/%2e%2e/etc/passwd ${head}`)).toBe(400)
    expect(await rawStatus(site.url, `GET /a\0b ${head}`)).toBeGreaterThanOrEqual(400)
    expect(await rawStatus(site.url, `GET /\\..\\..\\etc\\passwd ${head}`)).toBe(400)
    // The absolute form has its dot segments removed by URL(): it stays inside the site.
    expect(await rawStatus(site.url, `GET http://x/../../etc/passwd ${head}`)).toBe(404)
    expect(await rawStatus(site.url, `GET * ${head}`)).toBe(400)
    expect((await get('/')).status).toBe(200)
  })

  test('files that are not part of the site are not served', async () => {
    for (const urlPath of ['/.git/config', '/_headers', '/%2egit/config']) {
      const answer = await get(urlPath)
      expect(answer.status).toBe(404)
      expect(answer.body.toString()).toContain('<title>Niet gevonden</title>')
    }
  })
})

describe('old addresses', () => {
  test('the rules of _redirects answer 301, query addresses included; other addresses are served as before', async () => {
    for (const old of [
      '/?p=123',
      '/?p=123&utm_source=x',
      '/2019/03/12/oud-bericht/',
      '/2019/03/12/oud-bericht',
    ]) {
      const answer = await get(old)
      expect(answer.status, old).toBe(301)
      expect(answer.headers.location, old).toBe('/blog/nieuw/')
    }
    expect((await get('/?p=999')).status).toBe(200)
    expect((await get('/')).status).toBe(200)
    expect((await get('/_redirects')).status).toBe(404)
  })
})

describe('methods', () => {
  test.each(['POST', 'PUT', 'DELETE', 'TRACE', 'PATCH'])(
    '%s is refused with 405 and Allow',
    async (method) => {
      const answer = await ask(site.url, '/', { method })
      expect(answer.status).toBe(405)
      expect(answer.headers.allow).toBe('GET, HEAD')
      expect(answer.headers['content-security-policy']).toContain("frame-ancestors 'none'")
    },
  )

  test('OPTIONS answers 204 with Allow', async () => {
    const answer = await ask(site.url, '/', { method: 'OPTIONS' })
    expect(answer.status).toBe(204)
    expect(answer.headers.allow).toBe('GET, HEAD')
  })

  test('HEAD sends the headers of GET without a body', async () => {
    for (const [urlPath, headers] of [
      ['/boek/downloads/boek.pdf', {}],
      ['/', { 'Accept-Encoding': 'gzip' }],
    ] as const) {
      const full = await get(urlPath, headers)
      const head = await ask(site.url, urlPath, { method: 'HEAD', headers })
      expect(head.status).toBe(200)
      expect(head.body.length).toBe(0)
      expect(head.headers['content-length']).toBe(full.headers['content-length'])
      expect(head.headers.etag).toBe(full.headers.etag)
    }
  })
})

describe('ranges', () => {
  const pdf = files['boek/downloads/boek.pdf'] as Buffer

  test('a single range gets 206 with exactly those bytes', async () => {
    const answer = await get('/boek/downloads/boek.pdf', { Range: 'bytes=100-1099' })
    expect(answer.status).toBe(206)
    expect(answer.headers['content-range']).toBe(`bytes 100-1099/${pdf.length}`)
    expect(answer.headers['content-length']).toBe('1000')
    expect(answer.body.equals(pdf.subarray(100, 1100))).toBe(true)

    const tail = await get('/boek/downloads/boek.pdf', { Range: 'bytes=-16' })
    expect(tail.status).toBe(206)
    expect(tail.body.equals(pdf.subarray(pdf.length - 16))).toBe(true)
    const rest = await get('/boek/downloads/boek.pdf', { Range: `bytes=${pdf.length - 5}-` })
    expect(rest.body.equals(pdf.subarray(pdf.length - 5))).toBe(true)
  })

  test('a range past the end gets 416 with the size', async () => {
    const answer = await get('/boek/downloads/boek.pdf', { Range: `bytes=${pdf.length + 10}-` })
    expect(answer.status).toBe(416)
    expect(answer.headers['content-range']).toBe(`bytes */${pdf.length}`)
  })

  test('malformed, multiple or outdated (If-Range) ranges get the whole file', async () => {
    for (const headers of [
      { Range: 'bytes=abc' } as Record<string, string>,
      { Range: 'items=0-5' },
      { Range: 'bytes=0-10,100-110' },
      { Range: 'bytes=0-10', 'If-Range': '"not-the-etag"' },
    ]) {
      const answer = await get('/boek/downloads/boek.pdf', headers)
      expect(answer.status).toBe(200)
      expect(answer.body.equals(pdf)).toBe(true)
    }
    const { headers } = await get('/boek/downloads/boek.pdf')
    const resumed = await get('/boek/downloads/boek.pdf', { Range: 'bytes=0-9', 'If-Range': headers.etag! })
    expect(resumed.status).toBe(206)
  })

  test('a range of a text file is of its own bytes, never compressed', async () => {
    const answer = await get('/_astro/x.abc123.css', { Range: 'bytes=0-3', 'Accept-Encoding': 'br, gzip' })
    expect(answer.status).toBe(206)
    expect(answer.headers['content-encoding']).toBeUndefined()
    expect(answer.body.toString()).toBe('body')
  })
})

describe('validators', () => {
  test('If-None-Match with the ETag gets 304 without a body', async () => {
    const first = await get('/boek/downloads/boek.pdf')
    expect(first.headers.etag).toMatch(/^"[0-9a-f]+-[0-9a-f]+"$/)
    const again = await get('/boek/downloads/boek.pdf', { 'If-None-Match': first.headers.etag! })
    expect(again.status).toBe(304)
    expect(again.body.length).toBe(0)
    expect(again.headers['cache-control']).toBe(REVALIDATE)
    const other = await get('/boek/downloads/boek.pdf', { 'If-None-Match': '"something-else"' })
    expect(other.status).toBe(200)
  })

  test('the ETag of a compressed page revalidates too, whatever the client accepts now', async () => {
    const first = await get('/', { 'Accept-Encoding': 'br' })
    expect(first.headers.etag).toMatch(/-br"$/)
    expect((await get('/', { 'If-None-Match': first.headers.etag!, 'Accept-Encoding': 'br' })).status).toBe(
      304,
    )
    expect((await get('/', { 'If-None-Match': `W/${first.headers.etag}` })).status).toBe(304)
  })

  test('If-Modified-Since with Last-Modified gets 304; an older date gets the file', async () => {
    const first = await get('/blog/')
    const lastModified = first.headers['last-modified']!
    expect((await get('/blog/', { 'If-Modified-Since': lastModified })).status).toBe(304)
    const before = new Date(Date.parse(lastModified) - 60_000).toUTCString()
    expect((await get('/blog/', { 'If-Modified-Since': before })).status).toBe(200)
  })
})

describe('compression', () => {
  test('brotli or gzip for pages, stylesheets and scripts, as asked', async () => {
    for (const urlPath of ['/', '/_astro/x.abc123.css', '/pagefind/pagefind.js']) {
      const plain = await get(urlPath)
      expect(plain.headers['content-encoding']).toBeUndefined()
      expect(plain.headers.vary).toBe('Accept-Encoding')

      const br = await get(urlPath, { 'Accept-Encoding': 'gzip, deflate, br' })
      expect(br.headers['content-encoding']).toBe('br')
      expect(br.headers.vary).toBe('Accept-Encoding')
      expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true)
      expect(br.body.length).toBeLessThan(plain.body.length)

      const gzip = await get(urlPath, { 'Accept-Encoding': 'gzip, br;q=0' })
      expect(gzip.headers['content-encoding']).toBe('gzip')
      expect(gunzipSync(gzip.body).equals(plain.body)).toBe(true)
    }
  })

  test('never for the PDF, images, fonts or Pagefind index files', async () => {
    for (const urlPath of ['/boek/downloads/boek.pdf', '/pagefind/fragment/en_abc1234.pf_fragment']) {
      const answer = await get(urlPath, { 'Accept-Encoding': 'br, gzip' })
      expect(answer.status).toBe(200)
      expect(answer.headers['content-encoding']).toBeUndefined()
      expect(answer.headers['accept-ranges']).toBe('bytes')
    }
  })
})

describe('headers', () => {
  test('hashed files are immutable; pages, Pagefind entry points and downloads revalidate', async () => {
    const expected: Record<string, string> = {
      '/_astro/x.abc123.css': IMMUTABLE,
      '/pagefind/fragment/en_abc1234.pf_fragment': IMMUTABLE,
      '/pagefind/shards/nl/posts/index/nl_1234567.pf_index': IMMUTABLE,
      '/pagefind/pagefind.js': REVALIDATE,
      '/pagefind/pagefind-entry.json': REVALIDATE,
      '/': REVALIDATE,
      '/blog/': REVALIDATE,
      '/boek/downloads/boek.pdf': REVALIDATE,
    }
    for (const [urlPath, cacheControl] of Object.entries(expected))
      expect((await get(urlPath)).headers['cache-control'], urlPath).toBe(cacheControl)
  })

  test('pages and the 404 page carry the security headers; the 404 has status 404', async () => {
    for (const [urlPath, status] of [
      ['/', 200],
      ['/bestaat-niet/', 404],
      ['/_astro/weg.abc123.css', 404],
    ] as const) {
      const answer = await get(urlPath)
      expect(answer.status).toBe(status)
      const h = answer.headers
      expect(h['x-content-type-options']).toBe('nosniff')
      expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin')
      expect(h['x-frame-options']).toBe('DENY')
      expect(h['permissions-policy']).toMatch(
        /camera=\(\).*microphone=\(\).*geolocation=\(\).*interest-cohort=\(\)/,
      )
      expect(h['cross-origin-opener-policy']).toBe('same-origin')
      expect(h['strict-transport-security']).toMatch(/^max-age=\d+/)
      const csp = h['content-security-policy']!
      for (const directive of [
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self' https://cms.example",
        "frame-ancestors 'none'",
        'upgrade-insecure-requests',
      ])
        expect(csp.split('; ')).toContain(directive)
      if (status === 404) {
        expect(h['cache-control']).toBe(REVALIDATE)
        expect(h.etag).toBeUndefined()
        expect(answer.body.toString()).toContain('<title>Niet gevonden</title>')
      }
    }
  })

  test("the header policy leaves scripts and styles to the page's own policy, whatever the page holds", async () => {
    // A page with inline script that is not ours must not get it allowed by a hash of what it holds:
    // the page's <meta> policy (hashes of site/'s own code, made by Astro) decides.
    const csp = (await get('/')).headers['content-security-policy']!
    expect(csp).not.toMatch(/sha256-|script-src|style-src|default-src/)
  })

  test('without an https SITE_URL there is no HSTS and no upgrade-insecure-requests', async () => {
    const local = await startSiteServer({
      root,
      port: 0,
      headers: { siteUrl: 'http://localhost:4321' },
      log: quiet,
    })
    try {
      const { headers } = await ask(local.url, '/')
      expect(headers['strict-transport-security']).toBeUndefined()
      expect(headers['content-security-policy']).not.toContain('upgrade-insecure-requests')
      // Forms post to the CMS that `npm start` runs next to the site.
      expect(headers['content-security-policy']).toContain("form-action 'self' http://localhost:3000;")
    } finally {
      await local.close()
    }
  })

  test('a missing site folder (the live site before its first build) gets 503 with the headers', async () => {
    const building = await startSiteServer({
      root: path.join(root, 'not-built-yet'),
      port: 0,
      headers: options,
      log: quiet,
    })
    try {
      const answer = await ask(building.url, '/')
      expect(answer.status).toBe(503)
      expect(answer.headers['retry-after']).toBe('5')
      expect(answer.headers['x-frame-options']).toBe('DENY')
    } finally {
      await building.close()
    }
  })
})

describe('binding', () => {
  test('listens on 127.0.0.1 unless told otherwise', async () => {
    expect(site.address.address).toBe('127.0.0.1')
    expect(site.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
  })

  test('scripts/serve-dist.ts binds to 127.0.0.1 by default and survives GET /%', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, SITE_OUT_DIR: root, SITE_PORT: '0' }
    delete env.HOST
    const child: ChildProcess = spawn(
      process.execPath,
      [path.resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/serve-dist.ts'],
      { env, stdio: ['ignore', 'pipe', 'inherit'] },
    )
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = ''
        child.stdout!.on('data', (chunk: Buffer) => {
          out += chunk.toString()
          const found = /serving .* at (http:\/\/\S+)/.exec(out)
          if (found) resolve(found[1])
        })
        child.on('exit', (code) => reject(new Error(`serve-dist exited with ${code}: ${out}`)))
      })
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
      expect((await ask(url, '/%')).status).toBe(400)
      expect(await rawStatus(url, 'GET /%E0%A4%A HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')).toBe(400)
      expect((await ask(url, '/')).status).toBe(200)
      expect(child.exitCode).toBeNull()
    } finally {
      child.kill('SIGTERM')
    }
  }, 30_000)
})

describe('the _headers file', () => {
  /** The rules of a _headers file, as Netlify and Cloudflare Pages read it. */
  function parseHeadersFile(text: string): { path: string; headers: Record<string, string> }[] {
    const rules: { path: string; headers: Record<string, string> }[] = []
    for (const line of text.split('\n')) {
      if (!line.trim() || line.trim().startsWith('#')) continue
      if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: {} })
      else {
        const [name, ...value] = line.trim().split(':')
        rules.at(-1)!.headers[name.trim()] = value.join(':').trim()
      }
    }
    return rules
  }

  test('writeHeadersFile writes rules that give every file the headers the server sends', async () => {
    const file = await writeHeadersFile(root, options)
    expect(file).toBe(path.join(root, '_headers'))
    const rules = parseHeadersFile(await readFile(file, 'utf8'))
    const paths = [
      '/',
      '/blog/',
      '/_astro/x.abc123.css',
      '/pagefind/pagefind.js',
      '/pagefind/fragment/en_abc1234.pf_fragment',
    ]
    paths.push('/pagefind/shards/nl/posts/index/nl_1234567.pf_index', '/boek/downloads/boek.pdf')
    for (const urlPath of paths) {
      const matching = rules.filter((rule) => pathMatches(rule.path, urlPath))
      const fromFile: Record<string, string> = {}
      for (const rule of matching)
        for (const [name, value] of Object.entries(rule.headers)) {
          // Hosts differ when two rules set one header (Cloudflare joins them), so none may.
          expect(fromFile[name], `${name} twice for ${urlPath}`).toBeUndefined()
          fromFile[name] = value
        }
      const served = (await get(urlPath)).headers
      // What no rule sets is the default: hosts revalidate such paths, and so does the server.
      expect(served['cache-control'], urlPath).toBe(fromFile['Cache-Control'] ?? REVALIDATE)
      for (const [name, value] of Object.entries(fromFile))
        expect(served[name.toLowerCase()], `${name} of ${urlPath}`).toBe(value)
    }
  })
})

describe('resolveStaticFile (also used by the CMS preview route)', () => {
  test('finds files and folder indexes as before, and gives undefined instead of throwing', async () => {
    expect(await resolveStaticFile(root, '/blog/')).toBe(path.join(root, 'blog/index.html'))
    expect(await resolveStaticFile(root, '/blog?x=1')).toBe(path.join(root, 'blog/index.html'))
    expect(await resolveStaticFile(root, '/_astro/x.abc123.css')).toBe(path.join(root, '_astro/x.abc123.css'))
    expect(await resolveStaticFile(root, '/%')).toBeUndefined()
    expect(await resolveStaticFile(root, '/%E0%A4%A')).toBeUndefined()
    expect(await resolveStaticFile(root, '/a%00b')).toBeUndefined()
    expect(await resolveStaticFile(root, '/..%2f..%2fetc/passwd')).toBeUndefined()
    expect(contentTypeOf('boek.pdf')).toBe('application/pdf')
    expect(contentTypeOf('x.abc123.css')).toBe('text/css; charset=utf-8')
  })
})
