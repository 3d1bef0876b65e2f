/**
 * PAYLOAD_SECRET signs login tokens. A missing or well-known value lets anyone forge a session,
 * so production refuses to run without a real one. Development and tests fall back to a fixed
 * value that production also refuses.
 */
export const DEVELOPMENT_SECRET = 'development-only-secret-never-use-in-production'

const KNOWN_WEAK_SECRETS = new Set([
  DEVELOPMENT_SECRET,
  'YOUR_SECRET_HERE',
  'secret',
  'changeme',
  'change-me',
  'payload',
  'password',
])

export const MIN_SECRET_LENGTH = 32

export function resolvePayloadSecret(env: NodeJS.ProcessEnv = process.env): string {
  const secret = env.PAYLOAD_SECRET?.trim() ?? ''
  if (env.NODE_ENV !== 'production') return secret || DEVELOPMENT_SECRET

  if (!secret) {
    throw new Error(
      'PAYLOAD_SECRET is not set. The CMS will not start in production without it. ' +
        'Generate one with `openssl rand -hex 32` and set it in the environment (or use `npm start`, ' +
        'which keeps one in data/payload-secret).',
    )
  }
  if (KNOWN_WEAK_SECRETS.has(secret)) {
    throw new Error('PAYLOAD_SECRET is a well-known default value. Set a random secret of your own.')
  }
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new Error(
      `PAYLOAD_SECRET is ${secret.length} characters long; use at least ${MIN_SECRET_LENGTH} random characters.`,
    )
  }
  return secret
}
