// Cancel really cancels: an import cancelled while the worker segments, or while its write is
// under way, leaves the library exactly as it was. Real worker, real IndexedDB.
import { afterEach, describe, expect, it } from 'vitest'
import sampleText from '../../../../resources/samples/dprk-kursk.txt?raw'
import { importArticle, type ArticleDraft } from '../db/articles'
import { SourcemarkDatabase } from '../db/database'
import { importOffThread } from './segment-client'

const opened: SourcemarkDatabase[] = []
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete()
})

/** A library holding the sample, so that "unchanged" is about rows that exist. */
async function libraryWithSample(): Promise<SourcemarkDatabase> {
  const db = new SourcemarkDatabase(`import-cancel-${crypto.randomUUID()}`)
  await db.open()
  opened.push(db)
  await importArticle(db, { title: 'North Korean troops in Kursk', text: sampleText, origin: 'paste' })
  return db
}

/** Every row of every table, typed arrays as their bytes: what a cancelled import must not change. */
async function everything(db: SourcemarkDatabase) {
  const dump: Record<string, unknown> = {}
  for (const table of db.tables) dump[table.name] = JSON.stringify(await table.toArray(), bytesOf)
  return dump
}

function bytesOf(_key: string, value: unknown): unknown {
  return ArrayBuffer.isView(value) ? Array.from(new Uint8Array(value.buffer)) : value
}

/** About 2 MB of distinct news paragraphs: long enough that segmenting it takes a while. */
function largeDraft(): ArticleDraft {
  const paragraphs = sampleText.split('\n').filter((line) => line.trim())
  const lines: string[] = []
  for (let i = 0, size = 0; size < 2_000_000; i++) {
    const line = `${paragraphs[i % paragraphs.length]} (${i})`
    lines.push(line)
    size += line.length + 1
  }
  return { title: 'Kursk digest', text: lines.join('\n'), origin: 'file', fileName: 'kursk-digest.txt' }
}

describe('cancelling an import', () => {
  it('while the worker segments: it rejects as aborted and writes nothing', async () => {
    const db = await libraryWithSample()
    const before = await everything(db)
    const cancel = new AbortController()
    const stages: string[] = []
    const importing = importOffThread(
      db,
      largeDraft(),
      (stage) => {
        stages.push(stage)
        if (stage === 'segmenting') cancel.abort()
      },
      cancel.signal
    )
    await expect(importing).rejects.toMatchObject({ name: 'AbortError' })
    expect(stages).not.toContain('saving')
    expect(await db.articles.count()).toBe(1)
    expect(await everything(db)).toEqual(before)
  })

  it('while its rows are being written: the transaction aborts and nothing is stored', async () => {
    const db = await libraryWithSample()
    const before = await everything(db)
    const cancel = new AbortController()
    // Cancelled as the write starts: the rows are put, then the check inside the transaction throws.
    const importing = importArticle(db, largeDraft(), {
      onStage: (stage) => {
        if (stage === 'saving') queueMicrotask(() => cancel.abort())
      },
      signal: cancel.signal
    })
    await expect(importing).rejects.toMatchObject({ name: 'AbortError' })
    expect(await everything(db)).toEqual(before)
  })

  it('an import not cancelled still lands, through the same worker', async () => {
    const db = await libraryWithSample()
    const outcome = await importOffThread(db, largeDraft(), undefined, new AbortController().signal)
    expect(outcome.kind).toBe('imported')
    expect(await db.articles.count()).toBe(2)
  })
})
