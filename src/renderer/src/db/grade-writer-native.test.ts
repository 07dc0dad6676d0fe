// The grade writer's worker writes each grade with IndexedDB alone (grade-writer-native.ts): the
// row, the entry, the counts and what live queries and other windows hear must be those of the
// page's own write through Dexie, the chain must stay whole when another window writes between
// two grades, and a grade the library refuses leaves it as it was. Real Chromium, real IndexedDB.
import { afterEach, beforeAll, describe, expect, it, onTestFinished } from 'vitest'
import Dexie from 'dexie'
import type { Assessment, HistoryEntry } from '@shared/model'
import { countAll } from './article-counts'
import { getArticle, importArticle } from './articles'
import { gradeRequest, updateAssessment, writeGrade, type AssessmentPatch } from './assessments'
import { verifyLibrary } from './backup'
import { SourcemarkDatabase } from './database'
import { KnownState, readAhead, writeGradeNatively } from './grade-writer-native'
import { chainHead } from './history'
import { loadHistoryHashing, type HistoryHashing } from './history-hashing'
import { expandSentences } from './sentences'
import { requestsOf, wavesOf } from '../test-support/request-waves'

const TEXT =
  'Sweden pledged $1.23 billion in military aid. Officials in Kyiv welcomed the package. ' +
  'The aid includes long-range weapons. North Korean troops left Kursk, the ministry said.'

let hashing: HistoryHashing
beforeAll(async () => {
  hashing = await loadHistoryHashing()
})

let libraries: SourcemarkDatabase[] = []

afterEach(async () => {
  for (const db of libraries) await db.delete()
  libraries = []
})

function named(name: string): SourcemarkDatabase {
  const db = new SourcemarkDatabase(name)
  libraries.push(db)
  return db
}

/** A library holding one imported article, and the same library again under another name. */
async function twoLibraries() {
  const suffix = crypto.randomUUID()
  const page = named(`native-page-${suffix}`)
  const outcome = await importArticle(page, { title: 'Aid to Ukraine', text: TEXT, origin: 'paste' })
  if (outcome.kind !== 'imported') throw new Error('expected a new import')
  const article = (await getArticle(page, outcome.articleId))!
  const sentences = expandSentences((await page.sentences.get(article.id))!)
  const worker = named(`native-worker-${suffix}`)
  await worker.open()
  for (const table of page.tables) await worker.table(table.name).bulkPut(await table.toArray())
  return { page, worker, article, sentences }
}

/** The moment a grade is written and the hashes over it differ between two writes; nothing else may. */
function withoutClock(row: Assessment | HistoryEntry | undefined): string {
  const written = ['updatedAt', 'at', 'stateHash', 'hash', 'prevHash']
  return JSON.stringify(row, (key, value: unknown) => (written.includes(key) ? '(written)' : value))
}

/** An announcement with its library's name left out and the moment its entry was written masked. */
function comparable(name: string, parts: object): object {
  return Object.fromEntries(
    Object.entries(parts).map(([part, ranges]) => {
      const table = part.replace(`idb://${name}/`, 'idb://…/')
      return [table, table === 'idb://…/history/at' ? '(written)' : structuredClone(ranges)]
    })
  )
}

/** What Dexie announces of `write` on this page (to its live queries, and to other windows). */
async function announcedByDexie(write: () => Promise<unknown>): Promise<object[]> {
  const heard: object[] = []
  const listener = (parts: object) => void heard.push(parts)
  Dexie.on('storagemutated', listener)
  try {
    await write()
  } finally {
    Dexie.on('storagemutated').unsubscribe(listener)
  }
  return heard
}

/** The library's counts as worked out again from its rows. */
async function countedAgain(db: SourcemarkDatabase) {
  return countAll(await db.sentences.toArray(), await db.assessments.toArray())
}

const lastEntry = async (db: SourcemarkDatabase) => (await db.history.orderBy('id').last())!

/** Adds, as a restored backup does, an entry of a chain of its own: a copy of `like`, given a key. */
async function addRestoredEntry(db: SourcemarkDatabase, like: HistoryEntry): Promise<void> {
  const { id: _id, ...restored } = like
  await db.history.add({ ...restored, chain: 'workspace-elsewhere', hash: 'f'.repeat(64) } as never)
}

describe('a grade written with IndexedDB alone', () => {
  it('stores, counts and announces what the page’s write through Dexie does', async () => {
    const { page, worker, article, sentences } = await twoLibraries()
    for (const patch of [
      { credibility: 2 },
      { credibility: 3, note: 'Confirmed by the ministry.' },
      { credibility: null },
      { attributions: [{ sourceId: 'src-ministry', role: 'reported' }], tags: ['aid'] }
    ] satisfies AssessmentPatch[]) {
      const grade = gradeRequest(sentences[1], article.text, patch)
      const onPage = await announcedByDexie(() => writeGrade(page, grade))
      const stored = await writeGradeNatively(worker.backendDB(), grade, hashing)

      expect(stored.changes.map((parts) => comparable(worker.name, parts))).toEqual(
        onPage.map((parts) => comparable(page.name, parts))
      )
      expect(stored.result).toEqual(await worker.assessments.get(sentences[1].id))
      expect(withoutClock(stored.result)).toBe(withoutClock(await page.assessments.get(sentences[1].id)))
      expect(stored.action).toBe(grade.action)
      expect(stored.changed).toBe(true)
      const [pageEntry, workerEntry] = [await lastEntry(page), await lastEntry(worker)]
      expect(withoutClock(workerEntry)).toBe(withoutClock(pageEntry))
      // The library list's graded count moves the same way: to 1, stays, back to 0, to 1.
      expect(await worker.articleCounts.toArray()).toEqual(await page.articleCounts.toArray())
    }
    expect((await worker.articleCounts.get(article.id))?.graded).toBe(1)
    // Every record is the state the trail last recorded, and the chain is whole.
    const verdict = await verifyLibrary(worker)
    expect(verdict.trail.ok).toBe(true)
    expect(verdict.records).toBeNull()
  })

  it('extends the library’s own chain when another window wrote between two grades', async () => {
    const { worker, article, sentences } = await twoLibraries()
    await writeGradeNatively(
      worker.backendDB(),
      gradeRequest(sentences[0], article.text, { credibility: 2 }),
      hashing
    )
    // Another window grades another sentence, and a restored backup's entry (a chain of its own)
    // comes last: the next grade follows the other window's entry, not the restored one.
    const otherWindow = new SourcemarkDatabase(worker.name)
    await updateAssessment(otherWindow, sentences[2], article.text, { credibility: 4 })
    otherWindow.close()
    const otherEntry = await lastEntry(worker)
    await addRestoredEntry(worker, otherEntry)
    expect(await chainHead(worker)).toBe(otherEntry.hash)

    await writeGradeNatively(
      worker.backendDB(),
      gradeRequest(sentences[0], article.text, { credibility: 3 }),
      hashing
    )
    expect((await lastEntry(worker)).prevHash).toBe(otherEntry.hash)
  })

  it('leaves the library as it was when it refuses a grade, saying why', async () => {
    const { worker, article, sentences } = await twoLibraries()
    await writeGradeNatively(
      worker.backendDB(),
      gradeRequest(sentences[1], article.text, { credibility: 2 }),
      hashing
    )
    const before = {
      history: await worker.history.toArray(),
      assessments: await worker.assessments.toArray(),
      counts: await worker.articleCounts.toArray()
    }
    const keyless = { ...gradeRequest(sentences[1], article.text, { credibility: 5 }), sentenceId: undefined }
    await expect(writeGradeNatively(worker.backendDB(), keyless as never, hashing)).rejects.toMatchObject({
      name: 'DataError'
    })
    // A value IndexedDB cannot store, refused once the row and the trail were read.
    const unstorable = gradeRequest(sentences[3], article.text, {
      note: (() => 'x') as never,
      credibility: 1
    })
    await expect(writeGradeNatively(worker.backendDB(), unstorable, hashing)).rejects.toMatchObject({
      name: 'DataCloneError'
    })
    expect({
      history: await worker.history.toArray(),
      assessments: await worker.assessments.toArray(),
      counts: await worker.articleCounts.toArray()
    }).toEqual(before)
  })

  it('writes a grade it knows the start of in one wave, and the same rows as when it reads first', async () => {
    const { page, worker, article, sentences } = await twoLibraries()
    const known = new KnownState()
    const patches: AssessmentPatch[] = [
      { credibility: 2 },
      { credibility: 5, note: 'Seen.' },
      { credibility: null }
    ]
    const waves: number[] = []
    for (const patch of [...patches, { tags: ['aid'] } satisfies AssessmentPatch]) {
      const grade = gradeRequest(sentences[1], article.text, patch)
      await writeGrade(page, grade)
      waves.push(await wavesOf(() => writeGradeNatively(worker.backendDB(), grade, hashing, known)))
      expect(withoutClock(await worker.assessments.get(sentences[1].id))).toBe(
        withoutClock(await page.assessments.get(sentences[1].id))
      )
      expect(withoutClock(await lastEntry(worker))).toBe(withoutClock(await lastEntry(page)))
      expect(await worker.articleCounts.toArray()).toEqual(await page.articleCounts.toArray())
    }
    // The first grade reads the row and the chain's end before writing; each one after is placed
    // with the reads that check it, the graded count's move included.
    expect(waves).toEqual([2, 1, 1, 1])
    expect((await verifyLibrary(worker)).trail.ok).toBe(true)
  })

  it('writes a grade on what another window left when it wrote since the writer’s last grade', async () => {
    const { worker, article, sentences } = await twoLibraries()
    const known = new KnownState()
    const write = (index: number, patch: AssessmentPatch) =>
      writeGradeNatively(
        worker.backendDB(),
        gradeRequest(sentences[index], article.text, patch),
        hashing,
        known
      )
    const otherWindow = new SourcemarkDatabase(worker.name)
    await write(1, { credibility: 2 })
    await write(2, { credibility: null, note: 'To check.' })

    // Another window notes the first sentence and grades the second: the next grades of both must
    // keep what it wrote, follow its entries, and count the second sentence once.
    await updateAssessment(otherWindow, sentences[1], article.text, { note: 'From the wire.' })
    await updateAssessment(otherWindow, sentences[2], article.text, { credibility: 4 })
    const otherEntry = await lastEntry(worker)
    const waves = await wavesOf(() => write(1, { credibility: 3 }))
    const regraded = await lastEntry(worker)
    expect(regraded.prevHash).toBe(otherEntry.hash)
    expect(regraded.id).toBe(otherEntry.id! + 1)
    expect(await worker.assessments.get(sentences[1].id)).toMatchObject({
      credibility: 3,
      note: 'From the wire.'
    })
    expect((regraded.before as Assessment).note).toBe('From the wire.')
    // The guess placed with its check, then the rows read and the grade written again on them.
    expect(waves).toBe(3)
    await write(2, { credibility: 1 })
    expect(await worker.assessments.get(sentences[2].id)).toMatchObject({ credibility: 1, note: 'To check.' })
    expect(await worker.articleCounts.toArray()).toEqual(await countedAgain(worker))
    expect((await worker.articleCounts.get(article.id))?.graded).toBe(2)

    // The other window ungrades the second sentence: the writer's known count is one too many.
    await updateAssessment(otherWindow, sentences[2], article.text, { credibility: null })
    await write(1, { credibility: null })
    expect(await worker.articleCounts.toArray()).toEqual(await countedAgain(worker))
    await write(1, { credibility: 6 })
    expect(await worker.articleCounts.toArray()).toEqual(await countedAgain(worker))
    otherWindow.close()
    const verdict = await verifyLibrary(worker)
    expect(verdict.trail.ok).toBe(true)
    expect(verdict.records).toBeNull()
    expect(await worker.history.count()).toBe((await worker.history.orderBy('id').last())!.id)
  })

  it('writes the first grade of a sentence read ahead in one wave, and what another window wrote after', async () => {
    const { page, worker, article, sentences } = await twoLibraries()
    const known = new KnownState()
    const waves: number[] = []
    for (const [index, patch] of [
      [0, { credibility: 2 }],
      [3, { credibility: 4, note: 'Ministry statement.' }],
      [2, { tags: ['aid'] }]
    ] satisfies [number, AssessmentPatch][]) {
      const grade = gradeRequest(sentences[index], article.text, patch)
      await writeGrade(page, grade)
      // The analyst selects the sentence, then grades it.
      await readAhead(worker.backendDB(), sentences[index].id, article.id, known)
      waves.push(await wavesOf(() => writeGradeNatively(worker.backendDB(), grade, hashing, known)))
      expect(withoutClock(await worker.assessments.get(sentences[index].id))).toBe(
        withoutClock(await page.assessments.get(sentences[index].id))
      )
      expect(withoutClock(await lastEntry(worker))).toBe(withoutClock(await lastEntry(page)))
      expect(await worker.articleCounts.toArray()).toEqual(await page.articleCounts.toArray())
    }
    expect(waves).toEqual([1, 1, 1])

    // Read ahead, then another window notes the sentence before the key: the grade keeps the note.
    await readAhead(worker.backendDB(), sentences[1].id, article.id, known)
    const otherWindow = new SourcemarkDatabase(worker.name)
    await updateAssessment(otherWindow, sentences[1], article.text, { note: 'From the wire.' })
    otherWindow.close()
    await writeGradeNatively(
      worker.backendDB(),
      gradeRequest(sentences[1], article.text, { credibility: 5 }),
      hashing,
      known
    )
    expect(await worker.assessments.get(sentences[1].id)).toMatchObject({
      credibility: 5,
      note: 'From the wire.'
    })
    expect(await worker.articleCounts.toArray()).toEqual(await countedAgain(worker))
    const verdict = await verifyLibrary(worker)
    expect(verdict.trail.ok).toBe(true)
    expect(verdict.records).toBeNull()
  })

  it('asks for the commit with the grade’s requests, reading nothing, once its own entry took the history’s last key', async () => {
    const { page, worker, article, sentences } = await twoLibraries()
    const known = new KnownState()
    const asked = []
    for (const [index, patch] of [
      [1, { credibility: 2 }],
      [1, { credibility: 3 }],
      [2, { credibility: 4, note: 'Ministry statement.' }],
      [1, { credibility: null }]
    ] satisfies [number, AssessmentPatch][]) {
      const grade = gradeRequest(sentences[index], article.text, patch)
      await writeGrade(page, grade)
      if (index === 2) await readAhead(worker.backendDB(), sentences[2].id, article.id, known)
      asked.push(await requestsOf(() => writeGradeNatively(worker.backendDB(), grade, hashing, known)))
      expect(withoutClock(await worker.assessments.get(sentences[index].id))).toBe(
        withoutClock(await page.assessments.get(sentences[index].id))
      )
      expect(withoutClock(await lastEntry(worker))).toBe(withoutClock(await lastEntry(page)))
      expect(await worker.articleCounts.toArray()).toEqual(await page.articleCounts.toArray())
    }
    // The first grade reads before it writes; each one after (the third read ahead on selection)
    // writes its row, its entry and any count, and asks for the commit before any answer.
    expect(asked[0]!.commits).toEqual(['after an answer'])
    for (const later of asked.slice(1)) {
      expect(later.reads).toEqual([])
      expect(later.commits).toEqual(['before any answer'])
    }
    expect(asked.map((a) => a.writes)).toEqual([
      ['put', 'put', 'add'],
      ['put', 'add'],
      ['put', 'put', 'add'],
      ['put', 'put', 'add']
    ])
    const entries = await worker.history.orderBy('id').toArray()
    expect(entries.map((e) => e.id)).toEqual(entries.map((_, i) => i + 1))
    const verdict = await verifyLibrary(worker)
    expect(verdict.trail.ok).toBe(true)
    expect(verdict.records).toBeNull()
  })

  it('writes nothing of a grade under a key another entry took since, and writes it after that entry', async () => {
    const { worker, article, sentences } = await twoLibraries()
    const known = new KnownState()
    const write = (index: number, patch: AssessmentPatch) =>
      requestsOf(() =>
        writeGradeNatively(
          worker.backendDB(),
          gradeRequest(sentences[index], article.text, patch),
          hashing,
          known
        )
      )
    await write(1, { credibility: 2 })
    const own = await lastEntry(worker)
    const entries = await worker.history.count()
    // A restored backup's entry (a chain of its own) takes the key the writer would give its next.
    await addRestoredEntry(worker, own)
    const foreign = await lastEntry(worker)
    expect(foreign.id).toBe(own.id! + 1)

    const asked = await write(1, { credibility: 5 })
    // Placed under the taken key and refused, then read and written again after the restored entry.
    expect(asked.commits).toEqual(['before any answer', 'after an answer'])
    const regraded = await lastEntry(worker)
    expect(regraded.id).toBe(foreign.id! + 1)
    expect(regraded.prevHash).toBe(own.hash)
    expect((regraded.before as Assessment).credibility).toBe(2)
    expect(await worker.history.count()).toBe(entries + 2)
    expect(await worker.assessments.get(sentences[1].id)).toMatchObject({ credibility: 5 })
    expect(await worker.articleCounts.toArray()).toEqual(await countedAgain(worker))

    // The page's own write takes the next key too, and the grade after it follows it.
    const otherWindow = new SourcemarkDatabase(worker.name)
    await updateAssessment(otherWindow, sentences[1], article.text, { note: 'From the wire.' })
    otherWindow.close()
    const other = await lastEntry(worker)
    expect(other.id).toBe(regraded.id! + 1)
    await write(1, { credibility: 1 })
    expect(await lastEntry(worker)).toMatchObject({ id: other.id! + 1, prevHash: other.hash })
    expect(await worker.assessments.get(sentences[1].id)).toMatchObject({
      credibility: 1,
      note: 'From the wire.'
    })
    expect(await worker.history.count()).toBe(entries + 4)
  })

  it('writes again a grade whose key was taken while it still read another article’s count', async () => {
    const { worker, article, sentences } = await twoLibraries()
    const known = new KnownState()
    await writeGradeNatively(
      worker.backendDB(),
      gradeRequest(sentences[0], article.text, { credibility: 2 }),
      hashing,
      known
    )
    // A row stored under another article's id: grading it moves that article's count, which the
    // grade reads once its row and entry are placed.
    const stray = { ...(await worker.assessments.get(sentences[0].id))!, sentenceId: sentences[1].id }
    await worker.assessments.put({ ...stray, articleId: 'another-article', credibility: null })
    await readAhead(worker.backendDB(), sentences[1].id, article.id, known)
    // Meanwhile a restored entry takes the key the writer would give its next.
    const own = await lastEntry(worker)
    await addRestoredEntry(worker, own)

    await writeGradeNatively(
      worker.backendDB(),
      gradeRequest(sentences[1], article.text, { credibility: 4 }),
      hashing,
      known
    )
    expect(await worker.assessments.get(sentences[1].id)).toMatchObject({
      articleId: 'another-article',
      credibility: 4
    })
    expect(await lastEntry(worker)).toMatchObject({ id: own.id! + 2, prevHash: own.hash })
    expect((await worker.articleCounts.get('another-article'))?.graded).toBe(1)
  })
})

describe('the history’s keys, as the grade writer counts on them', () => {
  /** A store like the history: keys IndexedDB gives, in a database of its own. */
  async function keyed(): Promise<IDBDatabase> {
    const name = `keys-${crypto.randomUUID()}`
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(name, 1)
      open.onupgradeneeded = () =>
        open.result.createObjectStore('history', { keyPath: 'id', autoIncrement: true })
      open.onsuccess = () => resolve(open.result)
      open.onerror = () => reject(open.error)
    })
    onTestFinished(() => {
      db.close()
      indexedDB.deleteDatabase(name)
    })
    return db
  }

  function add(db: IDBDatabase, entry: object, abort = false): Promise<IDBValidKey | string> {
    const tx = db.transaction('history', 'readwrite')
    const request = tx.objectStore('history').add(entry)
    return new Promise((resolve) => {
      request.onsuccess = () => {
        if (abort) tx.abort()
        else resolve(request.result)
      }
      request.onerror = (event) => {
        event.preventDefault()
        resolve(request.error!.name)
      }
      tx.onabort = () => resolve('aborted')
    })
  }

  it('gives the next entry the key after the last, again after an aborted add, and refuses a key taken', async () => {
    const db = await keyed()
    expect(await add(db, {})).toBe(1)
    expect(await add(db, {})).toBe(2)
    expect(await add(db, {}, true)).toBe('aborted')
    expect(await add(db, {})).toBe(3)
    // An entry added under the key that would be given next, then one given a key.
    expect(await add(db, { id: 4 })).toBe(4)
    expect(await add(db, {})).toBe(5)
    expect(await add(db, { id: 5 })).toBe('ConstraintError')
    expect(await add(db, {})).toBe(6)
  })
})
