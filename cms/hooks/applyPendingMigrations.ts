import type { Migration, Payload } from 'payload'

import { migrations } from '../migrations'

/**
 * SQLite tables come only from the committed migrations (the adapter never pushes a schema), so
 * every start applies the ones not yet applied: the dev server, the tests, scripts and production.
 * Payload's own CLI (`payload migrate`) does the same on request.
 */
export async function applyPendingMigrations(payload: Payload): Promise<void> {
  if (payload.db.name !== 'sqlite') return
  // The generated index types each migration with the SQLite adapter's own argument types.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
}
