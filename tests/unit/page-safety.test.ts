import { createHash } from 'node:crypto'

import { fromHtml } from 'hast-util-from-html'
import { describe, expect, test } from 'vitest'

import { unsafeMarkup } from '../../scripts/lib/pageSafety'
import { jsonForScript } from '../../site/lib/safety/jsonForScript'
import { isSafeHref } from '../../model/addresses'

const HOSTILE = '</script><svg onload=alert(1)>'
const POLICY = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'">`
const problemsOf = (html: string) => unsafeMarkup(fromHtml(html), 'page.html')

describe(jsonForScript, () => {
  test('returns JSON that no value can break out of, and that parses back to the same data', () => {
    const data = { name: HOSTILE, bio: '<!-- a & b -->\u2028line', nested: [{ x: '</SCRIPT >' }] }
    const text = jsonForScript(data)
    expect(text).not.toMatch(/[<>&\u2028\u2029]/)
    expect(JSON.parse(text)).toEqual(data)
    const page = fromHtml(
      `<head>${POLICY}<script type="application/ld+json">${text}</script></head><body><p>after</p></body>`,
    )
    expect(unsafeMarkup(page, 'page.html')).toEqual([])
  })
})

describe(isSafeHref, () => {
  test.each([
    'https://example.org/',
    'http://example.org/a?b#c',
    'mailto:redactie@example.org',
    '/blog/',
    '../boek/',
    '#inhoud',
    '?q=open',
  ])('accepts %s', (href) => expect(isSafeHref(href)).toBe(true))
  test.each([
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
  ])('refuses %j', (href) => expect(isSafeHref(href)).toBe(false))
})

describe(unsafeMarkup, () => {
  test('returns nothing for a page with our JSON-LD, a data template and a hashed script of ours', () => {
    const ours = 'document.body.dataset.ready = "1"'
    const hash = createHash('sha256').update(ours).digest('base64')
    const html =
      `<!doctype html><html><head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-${hash}'">` +
      `<script type="application/ld+json">{"@type":"Person","name":"A"}</script></head><body>` +
      `<a href="/blog/">Blog</a><a href="mailto:a@example.org">mail</a><img src="/_astro/a.webp" alt="">` +
      `<script type="text/pagefind-template"><li>{{ meta.title }}</li></script>` +
      `<script type="module">${ours}</script><script type="module" src="/_astro/search.abc.js"></script></body></html>`
    expect(problemsOf(html)).toEqual([])
  })

  test('returns a problem for a page without its own policy in the head (one in the body does not count)', () => {
    expect(problemsOf(`<html><head><title>t</title>${POLICY}</head><body></body></html>`)).toEqual([])
    for (const html of [
      '<html><head><title>t</title></head><body></body></html>',
      `<html><head><title>t</title></head><body><p>x</p>${POLICY}</body></html>`,
    ])
      expect(problemsOf(html)).toEqual(['page.html: has no Content-Security-Policy <meta> in its head'])
  })

  test('returns a problem for script that escaped a JSON-LD block', () => {
    const problems = problemsOf(`<script type="application/ld+json">{"name":"${HOSTILE}"}</script>`)
    expect(problems).toEqual(
      expect.arrayContaining([
        'page.html: a JSON-LD block is not valid JSON (did a value close the script element?)',
        'page.html: <svg> has an event handler attribute (onLoad)',
      ]),
    )
  })

  test('returns a problem for every way of running script in a page', () => {
    const problems = problemsOf(
      '<script>alert(1)</script>' +
        '<script src="https://evil.example/x.js"></script>' +
        '<img src="x" onerror="alert(2)">' +
        '<a href="javascript:alert(3)">a</a>' +
        '<form action="JAVASCRIPT:alert(4)"><button formaction="data:text/html,x">b</button></form>' +
        '<svg><a xlink:href="javascript:alert(5)"><text>t</text></a></svg>' +
        '<iframe srcdoc="<script>alert(6)</script>"></iframe>' +
        '<object data="data:text/html,x"></object>' +
        '<meta http-equiv="refresh" content="0;url=javascript:alert(7)">' +
        '<base href="https://evil.example/">' +
        '<img src="data:image/svg+xml,<svg onload=alert(8)>">',
    )
    for (const expected of [
      'inline script that is not one of ours',
      'loads a script that is not one of ours ("https://evil.example/x.js")',
      '<img> has an event handler attribute (onError)',
      '<a href="javascript:alert(3)">',
      '<form action="JAVASCRIPT:alert(4)">',
      '<button formAction="data:text/html,x">',
      '<a xLinkHref="javascript:alert(5)">',
      'has a forbidden <iframe> element',
      '<iframe> has a srcdoc attribute',
      'has a forbidden <object> element',
      'has a <meta http-equiv="refresh">',
      'has a forbidden <base> element',
      '<img src="data:image/svg+xml,<svg onload=alert(8)>">',
    ])
      expect(problems.join('\n')).toContain(expected)
  })
})
