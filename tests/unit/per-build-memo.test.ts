/** Memos that last one build (site/lib/perBuild.ts), for a process that renders the site more than once. */
import { expect, test } from 'vitest'

import { buildGeneration, perBuild, stampedMemo, startNextBuild } from '../../site/lib/perBuild'

test('a memo is made once per build, and made again when the next build starts', () => {
  let made = 0
  const settings = perBuild(() => ({ name: `made ${++made}` }))
  const first = settings()
  expect(settings()).toBe(first)
  expect(made).toBe(1)
  startNextBuild()
  const second = settings()
  expect(second).not.toBe(first)
  expect(second.name).toBe('made 2')
  expect(settings()).toBe(second)
})

test('the build number is shared by every copy of the module, through a registered global', () => {
  const before = buildGeneration()
  startNextBuild()
  expect(buildGeneration()).toBe(before + 1)
  expect((globalThis as { [key: symbol]: unknown })[Symbol.for('openambt.buildGeneration')]).toBe(before + 1)
})

test('a stamped memo keeps a value into the next build while its stamp holds, and only then', () => {
  const made: string[] = []
  const digest = stampedMemo<string>()
  const ask = (key: string, stamp: string) =>
    digest(key, stamp, () => {
      made.push(`${key}@${stamp}`)
      return `${key}@${stamp}`
    })
  expect(ask('a', '1')).toBe('a@1')
  expect(ask('b', '1')).toBe('b@1')
  expect(ask('a', '1')).toBe('a@1')
  startNextBuild()
  // Same stamp: kept; a new stamp (the entry changed): made again.
  expect(ask('a', '1')).toBe('a@1')
  expect(ask('b', '2')).toBe('b@2')
  expect(made).toEqual(['a@1', 'b@1', 'b@2'])
  startNextBuild()
  // Not asked for in the build before: dropped, so made again even with its old stamp.
  startNextBuild()
  expect(ask('a', '1')).toBe('a@1')
  expect(made).toEqual(['a@1', 'b@1', 'b@2', 'a@1'])
})
