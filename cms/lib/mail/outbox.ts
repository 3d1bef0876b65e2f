import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

import { simpleParser, type ParsedMail } from 'mailparser'

/** One message in the outbox folder, as the admin's list shows it. */
export type OutboxEntry = { name: string; date?: Date; to: string; subject: string }

/** File names the outbox transport writes; anything else (a path, `..`) is not a message. */
const MESSAGE_NAME = /^[\w-]+\.eml$/

/** The newest `limit` messages first; an outbox that does not exist yet is empty. */
export async function listOutbox(
  dir: string,
  limit = 100,
): Promise<{ entries: OutboxEntry[]; total: number }> {
  const names = await readdir(dir).then(
    (all) =>
      all
        .filter((name) => MESSAGE_NAME.test(name))
        .sort()
        .reverse(),
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return []
      throw new Error(`Cannot read the outbox ${dir}`, { cause: error })
    },
  )
  const entries = await Promise.all(
    names.slice(0, limit).map(async (name) => {
      const mail = await readOutboxMessage(dir, name)
      return { name, date: mail?.date, to: addresses(mail?.to), subject: mail?.subject ?? '' }
    }),
  )
  return { entries, total: names.length }
}

/** One message, parsed; undefined when there is no such message. */
export async function readOutboxMessage(dir: string, name: string): Promise<ParsedMail | undefined> {
  if (!MESSAGE_NAME.test(name)) return undefined
  const raw = await readFile(path.join(dir, name)).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined
    throw new Error(`Cannot read outbox message ${name}`, { cause: error })
  })
  return raw ? simpleParser(raw) : undefined
}

/** "Name <address>, …" for a To or From header. */
export function addresses(field: ParsedMail['to'] | ParsedMail['from']): string {
  return [field ?? []]
    .flat()
    .map((list) => list.text)
    .join(', ')
}
