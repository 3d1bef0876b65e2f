/**
 * `npm run bench:newsletter`: how fast an edition goes out. Starts the CMS (without its web server)
 * on a fresh database in a temporary directory, a local SMTP server that accepts everything, makes
 * 2,000 active subscribers in two languages and an edition, and sends it as the job does, timing
 * it. `-- --subscribers 500` for another size, `-- --rate 10` to send at the production pace
 * (NEWSLETTER_RATE, default 10 a second; the bench lets the CMS go as fast as it can).
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { SMTPServer } from 'smtp-server'

import { logger } from '../lib/log'

const log = logger('bench')
const option = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`)
  return at > 0 ? Number(process.argv[at + 1]) : fallback
}
const subscribers = option('subscribers', 2000)
const rate = option('rate', 1000)

async function main(): Promise<void> {
  let received = 0
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      stream.on('data', () => {})
      stream.on('end', () => {
        received++
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve))
  const { port } = smtp.server.address() as { port: number }

  const dir = mkdtempSync(path.join(tmpdir(), 'bench-newsletter-'))
  Object.assign(process.env, {
    DATABASE_URL: `file:${path.join(dir, 'cms.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    OUTBOX_DIR: path.join(dir, 'outbox'),
    SMTP_URL: `smtp://127.0.0.1:${port}`,
    NEWSLETTER_RATE: String(rate),
    CONTENT_DIR: path.join(dir, 'content'),
    SITE_BUILDS: 'off',
    PAYLOAD_JOBS_AUTORUN: 'false',
    ADMIN_EMAIL: 'bench@example.org',
    ADMIN_PASSWORD: 'bench-wachtwoord-0123456789',
    PAYLOAD_SECRET: 'bench-secret-for-this-run-only-0123456789abcdef',
  })
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../cms/payload.config')
  const { sendEdition } = await import('../../cms/newsletter/sendEdition')
  const payload = await getPayload({ config })

  log.info(`making ${subscribers} subscribers and an edition in ${dir}`)
  const [admin] = (await payload.find({ collection: 'users', limit: 1, overrideAccess: true })).docs
  await payload.create({
    collection: 'posts',
    data: {
      title: 'Open data in de praktijk',
      summary: 'Wat drie gemeenten leerden van hun eerste datasets.',
      authors: [admin!.id],
      body: {
        root: {
          type: 'root',
          version: 1,
          children: [
            { type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text: 'Tekst.' }] },
          ],
        },
      },
      _status: 'published',
    } as never,
  })
  for (let i = 0; i < subscribers; i += 50)
    await Promise.all(
      Array.from({ length: Math.min(50, subscribers - i) }, (_, j) =>
        payload.create({
          collection: 'subscribers',
          data: {
            email: `lezer${i + j}@bench.example`,
            language: 'nl',
            status: 'active',
            token: `bench-token-${i + j}-abcdefghijklmnop`,
          },
          overrideAccess: true,
        }),
      ),
    )
  const edition = await payload.create({
    collection: 'editions',
    data: { title: 'Nieuwsbrief voor de bench', status: 'draft' },
    overrideAccess: true,
  })
  await payload.update({
    collection: 'editions',
    id: edition.id,
    data: { status: 'sending' },
    overrideAccess: true,
  })

  const started = performance.now()
  await sendEdition(payload, edition.id)
  const seconds = (performance.now() - started) / 1000
  const perSecond = received / seconds
  process.stdout.write(
    `\nnewsletter: ${received} of ${subscribers} mails in ${seconds.toFixed(1)} s, ${perSecond.toFixed(0)} a second ` +
      `(rate limit ${rate}/s; production default 10/s)\n`,
  )
  await payload.destroy()
  smtp.close()
  if (received !== subscribers) process.exit(1)
  process.exit(0)
}

main().catch((error: unknown) => {
  log.error(error instanceof Error ? (error.stack ?? error.message) : String(error))
  process.exit(1)
})
