/**
 * How the check memo (model/files/checkMemo.ts) is kept on disk: a few new entries are appended to
 * its journal instead of the whole memo being written again, a journal cut short by a kill keeps
 * the entries before the cut, and the memo is written whole (without the entries nobody used) once
 * the journal or the unused entries outgrow a quarter of it.
 */
import { appendFile, mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, expect, test } from 'vitest'

import { openCheckMemo } from '../../model/files/checkMemo'

let dir: string
let file: string
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'memo-journal-'))
  file = path.join(dir, 'memo.json')
})
afterEach(() => rm(dir, { recursive: true, force: true }))

const keys = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => `page-${from + i}`)
const stored = async () =>
  Object.keys((JSON.parse(await readFile(file, 'utf8')) as { entries: object }).entries)

/** A memo on disk with entries page-0 … page-99. */
async function hundredEntries(): Promise<void> {
  const memo = await openCheckMemo(file, 'v1')
  for (const key of keys(0, 100)) memo.remember(key, { links: [key] })
  await memo.save()
}

/** That memo opened again, with its first `asked` entries asked for, as a build that uses them does. */
async function reopened(asked = 100) {
  const memo = await openCheckMemo(file, 'v1')
  for (const key of keys(0, asked)) memo.recall(key)
  return memo
}

/** The hundred entries, and page-100 in the journal. */
async function oneEntryInTheJournal(): Promise<void> {
  await hundredEntries()
  const memo = await reopened()
  memo.remember('page-100', { links: ['a'] })
  await memo.save()
}

test('a few new entries go to the journal; the next memo opened knows them all', async () => {
  await hundredEntries()
  const whole = await readFile(file, 'utf8')
  const memo = await reopened()
  for (const key of keys(100, 105)) memo.remember(key, { links: [key] })
  await memo.save()
  expect(await readFile(file, 'utf8')).toBe(whole)
  expect((await readFile(`${file}.journal`, 'utf8')).trim().split('\n')).toHaveLength(6)

  const next = await openCheckMemo(file, 'v1')
  for (const key of keys(0, 105)) expect(next.recall(key), key).toEqual({ links: [key] })
})

test('a journal cut short by a kill keeps the entries before the cut', async () => {
  await oneEntryInTheJournal()
  await appendFile(`${file}.journal`, '["page-101",{"links":[')
  const next = await openCheckMemo(file, 'v1')
  expect(next.recall('page-100')).toEqual({ links: ['a'] })
  expect(next.recall('page-101')).toBeUndefined()
  expect(next.recall('page-5')).toEqual({ links: ['page-5'] })
})

test('past a quarter of new or unused entries, the memo is written whole, without the unused ones', async () => {
  await hundredEntries()
  const growing = await reopened()
  for (const key of keys(100, 130)) growing.remember(key, { links: [key] })
  await growing.save()
  expect(await stored()).toHaveLength(130)
  await expect(stat(`${file}.journal`)).rejects.toThrow()

  // Only the first 100 are asked for: 30 of 130 unused is under a quarter, so nothing is written.
  const fewUnused = await reopened(100)
  await fewUnused.save()
  expect(await stored()).toHaveLength(130)
  // Only half: the rest goes.
  const halfUnused = await reopened(65)
  await halfUnused.save()
  expect((await stored()).sort()).toEqual(keys(0, 65).sort())
})

test('a journal of another version of the checks is not believed', async () => {
  await oneEntryInTheJournal()
  const other = await openCheckMemo(file, 'v2')
  expect(other.recall('page-100')).toBeUndefined()
  expect(other.recall('page-0')).toBeUndefined()
})
