import { once } from 'node:events'
import type { AddressInfo } from 'node:net'

import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'

/** A message as the SMTP server received it: the envelope and the parsed mail. */
export type Received = { from: string; to: string[]; mail: ParsedMail }

/**
 * A real SMTP server on a free local port (the `smtp-server` package), keeping what it receives
 * for the test to read. No TLS and no login, like a relay on localhost.
 */
export async function startSmtpServer(
  options: {
    /** Recipients the server refuses for good (550), as a mailbox that does not exist. */
    refuse?: (address: string) => boolean
  } = {},
): Promise<{
  url: string
  received: Received[]
  /** Waits for the next message that `matches`, received already or later. */
  waitFor(matches: (message: Received) => boolean, timeoutMs?: number): Promise<Received>
  stop(): Promise<void>
}> {
  const received: Received[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (options.refuse?.(address.address)) {
        const error = new Error('5.1.1 No such mailbox') as Error & { responseCode: number }
        error.responseCode = 550
        return callback(error)
      }
      callback()
    },
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (mail) => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((recipient) => recipient.address),
            mail,
          })
          callback()
        },
        (error: Error) => callback(error),
      )
    },
  })
  // A client killed in the middle of a session (the newsletter test kills the sending CMS) resets
  // its connection; the server reports that as an error, which is the client's business, not ours.
  server.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE') throw error
  })
  server.listen(0, '127.0.0.1')
  await once(server.server, 'listening')
  const { port } = server.server.address() as AddressInfo
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    async waitFor(matches, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs
      for (;;) {
        const found = received.find(matches)
        if (found) return found
        if (Date.now() > deadline)
          throw new Error(`no matching mail within ${timeoutMs} ms (${received.length} received)`)
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
