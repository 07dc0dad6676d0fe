// Cancel really cancels: an import cancelled while the worker segments, or while its write is
// under way, leaves the library exactly as it was. Real worker, real IndexedDB.
import { afterEach, describe, expect, it } from 'vitest'
import sampleText from '../../../../resources/samples/dprk-kursk.txt?raw'
import { importArticle, type ArticleDraft } from '../db/articles'
import { SourcemarkDatabase } from '../db/database'
import type { ImporterResponse } from './protocol'
import { dropAhead, importOffThread, prepareAhead, prepareOffThread } from './segment-client'

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

/** About `chars` (2 MB unless said) of distinct news paragraphs: segmenting it takes a while. */
function largeDraft(chars = 2_000_000): ArticleDraft {
  const paragraphs = sampleText.split('\n').filter((line) => line.trim())
  const lines: string[] = []
  for (let i = 0, size = 0; size < chars; i++) {
    const line = `${paragraphs[i % paragraphs.length]} (${i})`
    lines.push(line)
    size += line.length + 1
  }
  return { title: 'Kursk digest', text: lines.join('\n'), origin: 'file', fileName: 'kursk-digest.txt' }
}

/** A short article of its own (not the sample's text), for an import that must land. */
const note: ArticleDraft = {
  title: 'Sumy note',
  text: 'Drones struck Sumy overnight, the regional governor said. Two people were injured.',
  origin: 'paste'
}

/**
 * A worker of its own, loaded and idle: `segment(text)` resolves once it has prepared `text`.
 * The clock the cancel is held to: an order of events, not a time.
 */
async function referenceWorker() {
  const worker = new Worker(new URL('./segment.worker.ts', import.meta.url), { type: 'module' })
  let id = 0
  const segment = (text: string) =>
    new Promise<void>((resolve, reject) => {
      const mine = ++id
      worker.onerror = () => reject(new Error('the import worker did not load'))
      worker.onmessage = (event: MessageEvent<ImporterResponse>) => {
        if (event.data.id === mine && event.data.kind !== 'stage') resolve()
      }
      worker.postMessage({ id: mine, kind: 'prepare', text, language: 'en' })
    })
  await segment(note.text)
  return { segment, terminate: () => worker.terminate() }
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

  it('while the worker segments a large text, the import ends at once: before a quarter of it could be segmented', async () => {
    const db = await libraryWithSample()
    const before = await everything(db)
    const draft = largeDraft(3_000_000)
    const reference = await referenceWorker()
    const cancel = new AbortController()
    const events: string[] = []
    let referenceDone: Promise<void> | undefined
    const importing = importOffThread(
      db,
      draft,
      (stage) => {
        if (stage !== 'segmenting') return
        // From the same moment, another worker segments a quarter of the text; the import's
        // worker is at work on the whole of it when Cancel is pressed.
        referenceDone = reference.segment(draft.text.slice(0, draft.text.length / 4)).then(() => {
          events.push('a quarter of the text segmented')
        })
        cancel.abort()
      },
      cancel.signal
    )
    const settled = importing.catch((error: Error) => {
      events.push(`import ${error.name}`)
    })
    await settled
    await referenceDone
    reference.terminate()
    expect(events).toEqual(['import AbortError', 'a quarter of the text segmented'])

    // The whole text segmented since, in the fresh worker: an import of it that went on would
    // have landed by now. Nothing did, and the fresh worker takes the next import.
    expect((await prepareOffThread(draft.text, 'en')).table.seqs.length).toBeGreaterThan(10_000)
    expect(await everything(db)).toEqual(before)
    const next = await importOffThread(db, note, undefined, new AbortController().signal)
    expect(next.kind).toBe('imported')
    expect((await db.articles.toArray()).map((a) => a.title).sort()).toEqual([
      'North Korean troops in Kursk',
      'Sumy note'
    ])
  })

  it('another import the ended worker held starts again in the fresh one and lands', async () => {
    const db = await libraryWithSample()
    const cancel = new AbortController()
    const large = importOffThread(
      db,
      largeDraft(),
      (stage) => {
        if (stage === 'segmenting') cancel.abort()
      },
      cancel.signal
    )
    // Queued behind the large one in the same worker, which is ended while it segments.
    const small = importOffThread(db, note, undefined, new AbortController().signal)
    await expect(large).rejects.toMatchObject({ name: 'AbortError' })
    expect((await small).kind).toBe('imported')
    expect((await db.articles.toArray()).map((a) => a.title).sort()).toEqual([
      'North Korean troops in Kursk',
      'Sumy note'
    ])
  })

  it('while another import is written by the same worker: it stops before its own write, and the other lands', async () => {
    const db = await libraryWithSample()
    const cancel = new AbortController()
    const stages: string[] = []
    const first = importOffThread(
      db,
      largeDraft(),
      (stage) => stages.push(stage),
      new AbortController().signal
    )
    // The second is segmented after the first is prepared and told to write: the worker is then
    // not ended (the first's write would go with it), and the second stops at its own write.
    const second = importOffThread(
      db,
      { ...largeDraft(2_500_000), title: 'Kursk digest, longer' },
      (stage) => {
        if (stage === 'segmenting') cancel.abort()
      },
      cancel.signal
    )
    await expect(second).rejects.toMatchObject({ name: 'AbortError' })
    expect((await first).kind).toBe('imported')
    // Prepared once and written: the worker it was told to write in was not ended under it.
    expect(stages).toEqual(['reading', 'normalising', 'segmenting', 'saving'])
    // Asked of the same worker after the cancel: by its answer, the second can write no more.
    expect((await prepareOffThread(note.text, 'en')).text).toBe(note.text)
    expect((await db.articles.toArray()).map((a) => a.title).sort()).toEqual([
      'Kursk digest',
      'North Korean troops in Kursk'
    ])
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

describe('cancelling while a text is prepared ahead of its import', () => {
  it('Cancel while the import waits for the preparation ahead ends both at once, and nothing is written', async () => {
    const db = await libraryWithSample()
    const before = await everything(db)
    const draft = largeDraft(3_000_000)
    const reference = await referenceWorker()
    const events: string[] = []
    // Prepared ahead as the dialog does once the file is read; Import article is clicked while
    // the worker is still at it, and Cancel at once after.
    const ahead = prepareAhead(draft.text, 'en').then((count) => {
      events.push(`preparation ahead ${count === null ? 'gone' : 'kept'}`)
    })
    const cancel = new AbortController()
    const importing = importOffThread(db, draft, undefined, cancel.signal).catch((error: Error) => {
      events.push(`import ${error.name}`)
    })
    const quarter = reference.segment(draft.text.slice(0, draft.text.length / 4)).then(() => {
      events.push('a quarter of the text segmented')
    })
    cancel.abort()
    await Promise.all([ahead, importing, quarter])
    reference.terminate()
    expect(events).toEqual(['import AbortError', 'preparation ahead gone', 'a quarter of the text segmented'])
    expect(await everything(db)).toEqual(before)

    // The worker that held it was ended: the same text is prepared anew for its import, which lands.
    const stages: string[] = []
    const next = await importOffThread(db, draft, (stage) => stages.push(stage))
    expect(stages).toEqual(['reading', 'normalising', 'segmenting', 'saving'])
    expect(next.kind).toBe('imported')
  })

  it('closing the form ends a preparation still running: nothing is kept, nothing written, and the next import lands', async () => {
    const db = await libraryWithSample()
    const before = await everything(db)
    const draft = largeDraft()
    const ahead = prepareAhead(draft.text, 'en')
    dropAhead({ end: true })
    expect(await ahead).toBeNull()
    expect(await everything(db)).toEqual(before)
    const stages: string[] = []
    const next = await importOffThread(db, note, undefined, new AbortController().signal)
    expect(next.kind).toBe('imported')
    // Nor is the dropped text kept anywhere for an import of it.
    await importOffThread(db, draft, (stage) => stages.push(stage))
    expect(stages).toEqual(['reading', 'normalising', 'segmenting', 'saving'])
    expect(await db.articles.count()).toBe(3)
  })

  it('a text emptied from the form is dropped once prepared, and not taken by an import of it', async () => {
    const db = await libraryWithSample()
    expect(await prepareAhead(note.text, 'en')).toMatchObject({ sentenceCount: 2 })
    dropAhead()
    const stages: string[] = []
    await importOffThread(db, note, (stage) => stages.push(stage))
    expect(stages).toEqual(['reading', 'normalising', 'segmenting', 'saving'])
  })
})
