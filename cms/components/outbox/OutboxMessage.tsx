import { addresses, readOutboxMessage } from '../../lib/mail/outbox'
import type { wordsFor } from './outboxWords'

/**
 * One outbox message: its headers, the links it carries (a password reset link is what an admin
 * comes for), its text, and its HTML in a sandboxed frame: no scripts, no access to the admin,
 * links open in a new tab.
 */
export async function OutboxMessage({
  dir,
  name,
  words,
  adminRoute,
}: {
  dir: string
  name: string
  words: ReturnType<typeof wordsFor>
  adminRoute: string
}) {
  const mail = await readOutboxMessage(dir, name)
  const back = <a href={`${adminRoute}/outbox`}>{words.back}</a>
  if (!mail)
    return (
      <>
        <p>{words.notFound}</p>
        {back}
      </>
    )
  const html = typeof mail.html === 'string' ? mail.html : undefined
  const links = linksIn(`${html ?? ''}\n${mail.text ?? ''}`)
  return (
    <>
      <p>{back}</p>
      <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '0.25rem 1rem' }}>
        <dt>{words.date}</dt>
        <dd>{mail.date?.toISOString() ?? ''}</dd>
        <dt>{words.from}</dt>
        <dd>{addresses(mail.from)}</dd>
        <dt>{words.to}</dt>
        <dd>{addresses(mail.to)}</dd>
        <dt>{words.subject}</dt>
        <dd>{mail.subject || words.noSubject}</dd>
      </dl>
      {links.length ? (
        <section>
          <h2>{words.links}</h2>
          <ul>
            {links.map((link) => (
              <li key={link}>
                <a href={link} rel="noreferrer noopener" target="_blank">
                  {link}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {mail.text ? (
        <section>
          <h2>{words.text}</h2>
          <pre style={{ whiteSpace: 'pre-wrap' }}>{mail.text}</pre>
        </section>
      ) : null}
      {html ? (
        <section>
          <h2>{words.html}</h2>
          <iframe
            title={words.html}
            sandbox="allow-popups allow-popups-to-escape-sandbox"
            srcDoc={`<base target="_blank">${html}`}
            style={{ width: '100%', minHeight: '24rem', border: '1px solid var(--theme-elevation-150)' }}
          />
        </section>
      ) : null}
    </>
  )
}

/** The http(s) addresses in a message, each once, in order. */
function linksIn(text: string): string[] {
  const found = text.match(/https?:\/\/[^\s"'<>]+/g) ?? []
  return [...new Set(found.map((link) => link.replace(/&amp;/g, '&').replace(/[.,;:)]+$/, '')))]
}
