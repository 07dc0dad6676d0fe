// The history chain's hashing comes on demand, against real IndexedDB in Chromium: a write made
// before it has come waits for it without losing its transaction, and stores an entry that the
// chain verifies; a fetch that fails writes nothing. The first test runs before anything in this
// file has loaded the hashing (each browser test file has a page of its own).
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { verifyChain } from '@shared/history/chain'
import { GENESIS_HASH } from '@shared/history'
import type { Source } from '@shared/model'
import { gradeRequest, writeGradeOnce } from './assessments'
import { SourcemarkDatabase } from './database'
import { hashingLoader, historyHashingIfReady, type HistoryHashing } from './history-hashing'
import { sentenceTableFor, expandSentences } from './sentences'

let db: SourcemarkDatabase

beforeEach(async () => {
  db = new SourcemarkDatabase(`test-${crypto.randomUUID()}`)
  await db.open()
})

afterEach(async () => {
  await db.delete()
})

const TEXT =
  'North Korean troops have reportedly withdrawn from the Kursk region. No North Korean troops have been observed on the battlefield for the past three weeks.'

/** An article's rows written straight into the library, with no history: nothing loads the hashing. */
async function storeArticle() {
  const id = '5d0c7a9e-1b2f-4c3d-8e4f-a0b1c2d3e4f5'
  const table = sentenceTableFor(id, [
    { start: 0, end: 68, kind: 'body' },
    { start: 69, end: TEXT.length, kind: 'body' }
  ])
  await db.articles.add({
    id,
    title: 'North Korean troops withdraw from Kursk',
    language: 'en',
    importedAt: '2026-11-30T09:00:00.000Z',
    origin: { kind: 'paste', sha256: 'a'.repeat(64) }
  })
  await db.texts.add({ articleId: id, text: TEXT })
  await db.sentences.add(table)
  return expandSentences(table)
}

const source = (id: string): Source => ({
  id,
  name: 'Ukraine’s Special Operations Forces',
  aliases: [],
  kind: 'military',
  reliability: 'B'
})

/** A slow fetch of the real hashing: longer than IndexedDB keeps an idle transaction open. */
function slowly(
  hashing: HistoryHashing,
  fail = 0
): { fetch: () => Promise<HistoryHashing>; count: () => number } {
  let fetches = 0
  return {
    fetch: () =>
      new Promise((resolve, reject) => {
        fetches++
        setTimeout(
          () => (fetches <= fail ? reject(new Error('Failed to fetch the hashing')) : resolve(hashing)),
          100
        )
      }),
    count: () => fetches
  }
}

describe('the history chain’s hashing, loaded on demand', () => {
  it('is fetched by a grade written in a transaction already running, which stays open for it', async () => {
    // A grade kept from before a reload is written inside a transaction that first checks it is
    // not stored yet: the hashing, not here yet, is fetched while that transaction waits.
    expect(historyHashingIfReady()).toBeUndefined()
    const [, second] = await storeArticle()
    const grade = gradeRequest(second, TEXT, { credibility: 2 })

    const { row, undoable } = await writeGradeOnce(db, grade)

    expect(row?.credibility).toBe(2)
    expect(undoable).toBe(true)
    expect(historyHashingIfReady()).toBeDefined()
    const trail = await db.history.orderBy('id').toArray()
    expect(trail.map((e) => [e.entity, e.entityId, e.action])).toEqual([
      ['assessment', second.id, grade.action]
    ])
    expect(verifyChain(trail)).toEqual({ ok: true })
    expect((await db.assessments.get(second.id))?.credibility).toBe(2)
  })

  it('keeps the transaction open while it is fetched, where a plain wait would let it commit', async () => {
    const hashing = await import('./entry-hashing')
    // Without waiting through Dexie, the transaction commits while the fetch is under way: the row
    // is stored without its entry.
    const plain = slowly(hashing)
    await expect(
      db.transaction('rw', [db.sources, db.history], async () => {
        await db.sources.add(source('plain'))
        await plain.fetch()
        await db.history.add({ ...entry(hashing, 'plain'), hash: 'x' })
      })
    ).rejects.toThrow()
    expect((await db.sources.toArray()).map((s) => s.id)).toEqual(['plain'])
    expect(await db.history.count()).toBe(0)
    await db.sources.clear()

    const slow = slowly(hashing)
    const loader = hashingLoader(slow.fetch)
    await db.transaction('rw', [db.sources, db.history], () =>
      db.sources
        .add(source('waited'))
        .then(() => loader.inTransaction())
        .then(({ hashEntry }) => {
          const change = entry(hashing, 'waited')
          return db.history.add({ ...change, hash: hashEntry(change, GENESIS_HASH) })
        })
    )
    expect(await db.sources.count()).toBe(1)
    expect(verifyChain(await db.history.toArray())).toEqual({ ok: true })
  })

  it('writes nothing when the fetch fails, fetches again for the next write, and once for many', async () => {
    const hashing = await import('./entry-hashing')
    const slow = slowly(hashing, 1)
    const loader = hashingLoader(slow.fetch)
    const write = (id: string) =>
      db.transaction('rw', [db.sources, db.history], () =>
        db.sources
          .add(source(id))
          .then(() => loader.inTransaction())
          .then(({ hashEntry }) => {
            const change = entry(hashing, id)
            return db.history.add({ ...change, hash: hashEntry(change, GENESIS_HASH) })
          })
      )

    await expect(write('refused')).rejects.toThrow('Failed to fetch the hashing')
    expect(await db.sources.count()).toBe(0)
    expect(await db.history.count()).toBe(0)

    await Promise.all([loader.load(), loader.load(), write('stored')])
    expect(slow.count()).toBe(2)
    expect((await db.sources.toArray()).map((s) => s.id)).toEqual(['stored'])
    expect(verifyChain(await db.history.toArray())).toEqual({ ok: true })
  })
})

/** A source's creation as the history records it, its state hashed by the loaded hashing. */
function entry(hashing: HistoryHashing, id: string) {
  const after = source(id)
  return {
    action: `create-${id}`,
    at: '2026-11-30T09:00:00.000Z',
    entity: 'source' as const,
    entityId: id,
    before: null,
    after,
    prevHash: GENESIS_HASH,
    stateHash: hashing.stateHash('source', after)
  }
}
