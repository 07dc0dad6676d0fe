// The grade writer's worker opens the library without Dexie's cache of live query results
// (WRITE_ONLY_CONNECTION): a grade written there must store, count and announce exactly what the
// same grade written through the page's connection does. Real Chromium, real IndexedDB.
import { afterEach, describe, expect, it } from 'vitest'
import Dexie, { type ObservabilitySet } from 'dexie'
import type { Assessment, HistoryEntry } from '@shared/model'
import { getArticle, importArticle } from './articles'
import { gradeRequest, writeGrade, type AssessmentPatch } from './assessments'
import { verifyLibrary } from './backup'
import { SourcemarkDatabase, WRITE_ONLY_CONNECTION } from './database'
import { expandSentences } from './sentences'

const TEXT =
  'Sweden pledged $1.23 billion in military aid. Officials in Kyiv welcomed the package. ' +
  'The aid includes long-range weapons. North Korean troops left Kursk, the ministry said.'

let libraries: SourcemarkDatabase[] = []

afterEach(async () => {
  for (const db of libraries) await db.delete()
  libraries = []
})

function named(name: string, options?: typeof WRITE_ONLY_CONNECTION): SourcemarkDatabase {
  const db = new SourcemarkDatabase(name, options)
  libraries.push(db)
  return db
}

/** The moment and the random action id differ between two writes of one grade; nothing else may. */
function withoutClockAndAction(row: Assessment | HistoryEntry | undefined): string {
  const written = ['updatedAt', 'at', 'action', 'stateHash', 'hash', 'prevHash']
  return JSON.stringify(row, (key, value: unknown) => (written.includes(key) ? '(written)' : value))
}

/**
 * What Dexie announces of one write (to live queries and other windows), its library's name left
 * out, and the moment its entry was written (the trail's `at` index) masked.
 */
async function announced(db: SourcemarkDatabase, write: () => Promise<unknown>): Promise<object[]> {
  const heard: ObservabilitySet[] = []
  const listener = (parts: ObservabilitySet) => void heard.push(parts)
  Dexie.on('storagemutated', listener)
  try {
    await write()
  } finally {
    Dexie.on('storagemutated').unsubscribe(listener)
  }
  const prefix = `idb://${db.name}/`
  return heard.map((parts) =>
    Object.fromEntries(
      Object.entries(parts).map(([part, ranges]) => {
        const name = part.replace(prefix, 'idb://…/')
        return [name, name === 'idb://…/history/at' ? '(written)' : ranges]
      })
    )
  )
}

describe('a library opened as the grade writer’s worker opens it', () => {
  it('stores, counts and announces a grade as the page’s connection does', async () => {
    const suffix = crypto.randomUUID()
    const page = named(`connection-page-${suffix}`)
    const outcome = await importArticle(page, { title: 'Aid to Ukraine', text: TEXT, origin: 'paste' })
    if (outcome.kind !== 'imported') throw new Error('expected a new import')
    const article = (await getArticle(page, outcome.articleId))!
    const sentences = expandSentences((await page.sentences.get(article.id))!)
    // The same library twice, history ids included; the second opened write-only.
    const writer = named(`connection-writer-${suffix}`, WRITE_ONLY_CONNECTION)
    await writer.open()
    for (const table of page.tables) await writer.table(table.name).bulkPut(await table.toArray())

    for (const patch of [
      { credibility: 2 },
      { credibility: 3, note: 'Confirmed by the ministry.' },
      { credibility: null }
    ] satisfies AssessmentPatch[]) {
      const grade = gradeRequest(sentences[1], article.text, patch)
      const [onPage, onWriter] = [
        await announced(page, () => writeGrade(page, grade)),
        await announced(writer, () => writeGrade(writer, grade))
      ]
      expect(onWriter).toEqual(onPage)
      expect(onPage.length).toBeGreaterThan(0)
      expect(withoutClockAndAction(await writer.assessments.get(sentences[1].id))).toBe(
        withoutClockAndAction(await page.assessments.get(sentences[1].id))
      )
      const lastEntries = [await page.history.orderBy('id').last(), await writer.history.orderBy('id').last()]
      expect(withoutClockAndAction(lastEntries[1])).toBe(withoutClockAndAction(lastEntries[0]))
      // The library list's count of graded sentences moves the same way (to 1, then back to 0).
      expect(await writer.articleCounts.toArray()).toEqual(await page.articleCounts.toArray())
    }
    expect((await writer.articleCounts.get(article.id))?.graded).toBe(0)
    for (const db of [page, writer]) expect((await verifyLibrary(db)).trail.ok).toBe(true)
  })
})
