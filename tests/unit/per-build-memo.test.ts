/** Memos that last one build (site/lib/perBuild.ts), for a process that renders the site more than once. */
import { expect, test } from 'vitest'

import { buildGeneration, perBuild, startNextBuild } from '../../site/lib/perBuild'

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
