import { describe, expect, test } from 'vitest'

import { DEVELOPMENT_SECRET, resolvePayloadSecret } from '../../cms/lib/secret'

describe(resolvePayloadSecret, () => {
  const strong = 'f3c1b0a8e4d94d6f9a7b2c5e8d1f0a3b'

  test('returns the configured secret in production', () => {
    expect(resolvePayloadSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: strong })).toBe(strong)
  })

  test('refuses to run in production without a secret', () => {
    expect(() => resolvePayloadSecret({ NODE_ENV: 'production' })).toThrow(/PAYLOAD_SECRET is not set/)
    expect(() => resolvePayloadSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: '   ' })).toThrow(/not set/)
  })

  test('refuses well-known default values and short secrets in production', () => {
    for (const weak of ['YOUR_SECRET_HERE', 'changeme', DEVELOPMENT_SECRET]) {
      expect(() => resolvePayloadSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: weak })).toThrow(
        /well-known default/,
      )
    }
    expect(() => resolvePayloadSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: 'kort-geheim' })).toThrow(
      /11 characters long; use at least 32/,
    )
  })

  test('falls back to the development secret outside production', () => {
    expect(resolvePayloadSecret({ NODE_ENV: 'development' })).toBe(DEVELOPMENT_SECRET)
    expect(resolvePayloadSecret({ NODE_ENV: 'test', PAYLOAD_SECRET: 'x' })).toBe('x')
  })
})
