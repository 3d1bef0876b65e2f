/**
 * Cross-site requests: the session cookie counts only from the CMS's own origins and the public
 * site's, other origins cannot write, and the cookie is SameSite=Lax (Secure in production). The
 * response headers come from next.config.ts, which an integration test cannot run: the policy is
 * tested here as the function it is, matched against paths the way Next matches `headers()`.
 */
import { buildCustomRoute } from 'next/dist/lib/build-custom-route'
import { readFileSync } from 'node:fs'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { allowedOrigins, secureCookies } from '../../cms/lib/guards/origins'
import { GRAPHQL_BODY_BYTES } from '../../cms/lib/guards/limits'
import nextConfig, {
  ADMIN_CSP,
  API_CSP,
  MEDIA_CSP,
  MONACO_CDN,
  PROXY_BODY_BYTES,
  securityHeaders,
  type HeaderRule,
} from '../../cms/next.config'
import type { User } from '../../cms/payload-types'
import { createUserAndLogin, rest, startCms, stopCms } from './helpers/cms'
import { postData } from './helpers/documents'

let payload: Payload
let editor: { user: User; token: string }
let cookie: string
let setCookie: string

beforeAll(async () => {
  payload = await startCms()
  editor = await createUserAndLogin(payload, 'editor')
  const response = await rest('POST', '/users/login', {
    body: { email: editor.user.email, password: 'wachtwoord-editor-1' },
  })
  setCookie = response.headers.get('set-cookie') ?? ''
  cookie = setCookie.split(';')[0]
})
afterAll(async () => {
  await stopCms(payload)
})

describe('the session cookie', () => {
  test('is HttpOnly and SameSite=Lax', () => {
    expect(cookie).toMatch(/^payload-token=./)
    expect(setCookie).toContain('HttpOnly')
    expect(setCookie).toContain('SameSite=Lax')
  })

  test('is Secure in production unless CMS_URL is plain http on another host than localhost', () => {
    expect(secureCookies({ NODE_ENV: 'production' })).toBe(true)
    expect(secureCookies({ NODE_ENV: 'production', CMS_URL: 'https://cms.example.org' })).toBe(true)
    expect(secureCookies({ NODE_ENV: 'production', CMS_URL: 'http://localhost:3000' })).toBe(true)
    expect(secureCookies({ NODE_ENV: 'production', CMS_URL: 'http://cms.intranet.example' })).toBe(false)
    expect(secureCookies({ NODE_ENV: 'test' })).toBe(false)
  })

  test('counts for writes from the CMS itself', async () => {
    const response = await rest('POST', '/posts', {
      body: postData(editor.user.id),
      headers: { Cookie: cookie, Origin: 'http://localhost:3000' },
    })
    expect(response.status).toBe(201)
  })

  test('does not let another site write, with or without the cookie', async () => {
    const before = (await payload.count({ collection: 'posts' })).totalDocs
    const response = await rest('POST', '/posts', {
      body: postData(editor.user.id),
      headers: { Cookie: cookie, Origin: 'http://evil.example' },
    })
    expect(response.status).toBe(403)
    expect(await response.json()).toEqual({
      errors: [
        {
          message: 'Cross-site request refused: http://evil.example may not send POST requests to this CMS.',
        },
      ],
    })
    // A browser that sends no Origin still says where the request came from.
    const noOrigin = await rest('POST', '/posts', {
      body: postData(editor.user.id),
      headers: { Cookie: cookie, 'Sec-Fetch-Site': 'cross-site' },
    })
    expect(noOrigin.status).toBe(403)
    expect((await payload.count({ collection: 'posts' })).totalDocs).toBe(before)
  })

  test('does not identify the user to another site reading', async () => {
    const response = await rest('GET', '/users/me', {
      headers: { Cookie: cookie, Origin: 'http://evil.example' },
    })
    expect(((await response.json()) as { user: unknown }).user).toBeNull()
    const own = await rest('GET', '/users/me', {
      headers: { Cookie: cookie, Origin: 'http://localhost:3000' },
    })
    expect(((await own.json()) as { user: { id: unknown } | null }).user?.id).toBe(editor.user.id)
  })
})

describe('CORS', () => {
  test('the public site may call the CMS (its forms will post here); other sites may not read answers', async () => {
    expect(allowedOrigins()).toEqual(
      expect.arrayContaining(['http://localhost:3000', 'http://127.0.0.1:3000', 'https://openambt.example']),
    )
    const site = await rest('OPTIONS', '/posts', { headers: { Origin: 'https://openambt.example' } })
    expect(site.headers.get('Access-Control-Allow-Origin')).toBe('https://openambt.example')
    expect(site.headers.get('Access-Control-Allow-Credentials')).toBe('true')
    const evil = await rest('GET', '/posts', { headers: { Origin: 'http://evil.example' } })
    expect(evil.headers.get('Access-Control-Allow-Origin')).toBeNull()
  })

  test('the allowed origins follow CMS_URL and SITE_URL', () => {
    expect(
      allowedOrigins({ CMS_URL: 'https://cms.example.org/', SITE_URL: 'https://www.example.org/blog' }),
    ).toEqual(['https://cms.example.org', 'https://www.example.org'])
    expect(allowedOrigins({ CMS_PORT: '3200', SITE_PORT: '4400' })).toEqual([
      'http://localhost:3200',
      'http://127.0.0.1:3200',
      'https://openambt.example',
      'http://localhost:4400',
      'http://127.0.0.1:4400',
    ])
  })
})

describe('security headers (next.config.ts headers())', () => {
  /** The headers Next sends for a path: every matching rule in order, later ones winning. */
  function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
    const result: Record<string, string> = {}
    for (const rule of rules) {
      const { regex } = buildCustomRoute('header', rule) as { regex: string }
      if (new RegExp(regex).test(path)) for (const { key, value } of rule.headers) result[key] = value
    }
    return result
  }
  const rules = securityHeaders({})

  test('every answer: no sniffing, no framing by others, a short referrer, no device access', () => {
    for (const path of ['/admin', '/api/posts', '/preview/posts/1', '/api/media/file/a.svg', '/']) {
      expect(headersFor(rules, path), path).toMatchObject({
        'X-Content-Type-Options': 'nosniff',
        'X-Frame-Options': 'SAMEORIGIN',
        'Referrer-Policy': 'strict-origin-when-cross-origin',
        'Permissions-Policy': expect.stringContaining('camera=()'),
      })
    }
  })

  test('the admin gets a policy it works with; the API a tight one; uploaded files a sandbox', () => {
    expect(headersFor(rules, '/admin/collections/posts/1')['Content-Security-Policy']).toBe(ADMIN_CSP)
    expect(headersFor(rules, '/')['Content-Security-Policy']).toBe(ADMIN_CSP)
    expect(ADMIN_CSP).toContain("frame-ancestors 'self'")
    expect(ADMIN_CSP).toContain("object-src 'none'")
    expect(headersFor(rules, '/api/posts')['Content-Security-Policy']).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    )
    expect(headersFor(rules, '/api')['Content-Security-Policy']).toBe(API_CSP)
    expect(headersFor(rules, '/api/media/file/logo.svg')['Content-Security-Policy']).toBe(
      "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
    )
    expect(MEDIA_CSP).toContain('sandbox')
  })

  test('the readers’ forms keep the policy their own routes set (their answers send readers to the site)', () => {
    expect(headersFor(rules, '/forms/tip')['Content-Security-Policy']).toBeUndefined()
    expect(headersFor(rules, '/forms/registration/cancel')['Content-Security-Policy']).toBeUndefined()
    expect(headersFor(rules, '/formsx')['Content-Security-Policy']).toBe(ADMIN_CSP)
  })

  test('previews keep the policy their own route sets', () => {
    expect(headersFor(rules, '/preview/posts/1')['Content-Security-Policy']).toBeUndefined()
    expect(headersFor(rules, '/preview')['Content-Security-Policy']).toBeUndefined()
    // ...but a path that merely starts with "preview" is the admin's.
    expect(headersFor(rules, '/previewer')['Content-Security-Policy']).toBe(ADMIN_CSP)
  })

  test('HSTS and upgrade-insecure-requests only when the CMS is served over https', () => {
    const https = headersFor(securityHeaders({ CMS_URL: 'https://cms.example.org' }), '/admin')
    expect(https['Content-Security-Policy']).toBe(`${ADMIN_CSP}; upgrade-insecure-requests`)
    expect(headersFor(rules, '/admin')['Content-Security-Policy']).not.toContain('upgrade-insecure-requests')
    expect(headersFor(rules, '/admin')['Strict-Transport-Security']).toBeUndefined()
    expect(
      headersFor(securityHeaders({ CMS_URL: 'http://cms.intranet.example' }), '/admin')[
        'Strict-Transport-Security'
      ],
    ).toBeUndefined()
    expect(
      headersFor(securityHeaders({ CMS_URL: 'https://cms.example.org' }), '/admin')[
        'Strict-Transport-Security'
      ],
    ).toBe('max-age=31536000')
  })

  test('next.config.ts sends these rules, and lets the proxy buffer no more than the guard accepts', async () => {
    const sent = (await nextConfig.headers?.()) ?? []
    expect(sent).toEqual(expect.arrayContaining(securityHeaders()))
    expect(PROXY_BODY_BYTES).toBe(GRAPHQL_BODY_BYTES + 64 * 1024)
    expect(nextConfig.experimental?.proxyClientMaxBodySize).toBe(PROXY_BODY_BYTES)
  })

  test('the code editor is allowed from exactly where @monaco-editor/loader fetches it', () => {
    const loader = readFileSync('node_modules/@monaco-editor/loader/lib/es/config/index.js', 'utf8')
    const vs = /vs: '([^']+)'/.exec(loader)?.[1]
    expect(vs?.startsWith(MONACO_CDN)).toBe(true)
  })
})
