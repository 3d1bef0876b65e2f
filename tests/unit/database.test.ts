import path from 'node:path'
import { describe, expect, test } from 'vitest'

import { databaseKind, resolveSqliteUrl } from '../../cms/lib/database'
import { projectRoot } from '../../cms/lib/paths'
import { mongoUrlWithDatabase } from '../helpers/mongoUrl'

describe(databaseKind, () => {
  test('returns sqlite for file: URLs and mongodb for MongoDB URLs', () => {
    expect(databaseKind('file:./data/cms.db')).toBe('sqlite')
    expect(databaseKind('mongodb://db1,db2/cms?replicaSet=rs0')).toBe('mongodb')
    expect(databaseKind('mongodb+srv://user:pw@cluster.example.net/cms')).toBe('mongodb')
  })

  test('refuses other URLs without revealing credentials', () => {
    expect(() => databaseKind('postgres://admin:geheim@db/cms')).toThrow(/not supported/)
    expect(() => databaseKind('postgres://admin:geheim@db/cms')).not.toThrow(/geheim/)
  })
})

describe(resolveSqliteUrl, () => {
  test('resolves relative files against the repository root, whatever the working directory', () => {
    expect(resolveSqliteUrl('file:./data/cms.db')).toBe(`file:${path.join(projectRoot, 'data/cms.db')}`)
  })

  test('keeps absolute paths as they are', () => {
    expect(resolveSqliteUrl('file:/var/lib/cms/cms.db')).toBe('file:/var/lib/cms/cms.db')
  })
})

describe(mongoUrlWithDatabase, () => {
  test('replaces the database name and keeps credentials and options', () => {
    expect(mongoUrlWithDatabase('mongodb://u:p@localhost:27017/cms?replicaSet=rs0', 'cms_test_1')).toBe(
      'mongodb://u:p@localhost:27017/cms_test_1?replicaSet=rs0',
    )
  })
})
