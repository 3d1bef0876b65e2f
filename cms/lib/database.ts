import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { DatabaseAdapterObj } from 'payload'

import { fromRoot } from './paths'

export const DEFAULT_DATABASE_URL = 'file:./data/cms.db'

export type DatabaseKind = 'sqlite' | 'mongodb'

export function databaseKind(url: string): DatabaseKind {
  if (url.startsWith('file:')) return 'sqlite'
  if (url.startsWith('mongodb://') || url.startsWith('mongodb+srv://')) return 'mongodb'
  throw new Error(
    `DATABASE_URL "${redactCredentials(url)}" is not supported. Use file:./data/cms.db for SQLite ` +
      'or a mongodb:// or mongodb+srv:// URL for MongoDB.',
  )
}

/** `file:./data/cms.db` is relative to the repository root, whoever starts the process. */
export function resolveSqliteUrl(url: string): string {
  const location = url.slice('file:'.length)
  if (location.startsWith('//') || path.isAbsolute(location) || location === ':memory:') return url
  return `file:${fromRoot(location)}`
}

function redactCredentials(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//***@')
}

/**
 * The adapter follows DATABASE_URL. SQLite never pushes its schema: the committed migrations in
 * cms/migrations are the only way its tables change, in development, tests and production alike
 * (they are applied on start, see applyPendingMigrations). MongoDB needs no schema migrations.
 */
export function databaseAdapter(
  url: string = process.env.DATABASE_URL || DEFAULT_DATABASE_URL,
): DatabaseAdapterObj {
  if (databaseKind(url) === 'mongodb') {
    return mongooseAdapter({ url })
  }
  const resolved = resolveSqliteUrl(url)
  const file = resolved.slice('file:'.length)
  // SQLite creates the file but not its folder; a fresh clone has no data/ yet.
  if (file !== ':memory:' && !file.startsWith('//')) mkdirSync(path.dirname(file), { recursive: true })
  return sqliteAdapter({
    client: { url: resolved },
    // The server's site builds write while a CLI command (export, import) may read: WAL lets readers
    // go on during a write, and a short wait beats failing with "database is locked".
    wal: true,
    busyTimeout: 5000,
    migrationDir: fromRoot('cms/migrations'),
    push: false,
  })
}
