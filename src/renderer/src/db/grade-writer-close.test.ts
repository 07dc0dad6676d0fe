// The grade writer's worker keeps each library open between grades; deleting or upgrading the
// library from a window must not wait for it (real Chromium, real IndexedDB, the real worker).
import { afterEach, describe, expect, it } from 'vitest'
import { getArticle, importArticle } from './articles'
import { gradeRequest } from './assessments'
import { SourcemarkDatabase } from './database'
import { gradeWriter } from './grade-writer'
import { expandSentences } from './sentences'

const TEXT = 'Sweden pledged $1.23 billion in military aid. Officials in Kyiv welcomed the package.'

let names: string[] = []
afterEach(async () => {
  for (const name of names) await new SourcemarkDatabase(name).delete()
  names = []
})

async function gradedByTheWorker(): Promise<SourcemarkDatabase> {
  const db = new SourcemarkDatabase(`grade-writer-close-${crypto.randomUUID()}`)
  names.push(db.name)
  const outcome = await importArticle(db, { title: 'Aid', text: TEXT, origin: 'paste' })
  if (outcome.kind !== 'imported') throw new Error('expected a new import')
  const article = (await getArticle(db, outcome.articleId))!
  const sentences = expandSentences((await db.sentences.get(article.id))!)
  await gradeWriter.write(db, gradeRequest(sentences[0], article.text, { credibility: 2 }))
  expect(gradeWriter.usingWorker).toBe(true)
  return db
}

/** Deletes the library with IndexedDB's own call: what it reported, in order. */
function deleteLibrary(name: string): Promise<string[]> {
  return new Promise((resolve) => {
    const events: string[] = []
    const request = indexedDB.deleteDatabase(name)
    request.onblocked = () => events.push('blocked')
    request.onsuccess = () => resolve([...events, 'deleted'])
    request.onerror = () => resolve([...events, 'failed'])
  })
}

describe('the grade writer’s open library', () => {
  it('does not block its deletion from a window', async () => {
    const db = await gradedByTheWorker()
    db.close()
    expect(await deleteLibrary(db.name)).toEqual(['deleted'])
  })

  it('does not block the window’s Dexie deleting it right after a grade', async () => {
    const db = await gradedByTheWorker()
    const blocked: unknown[] = []
    db.on('blocked', (event) => void blocked.push(event))
    await db.delete()
    expect(blocked).toEqual([])
  })

  it('does not block the window’s Dexie deleting it after a grade the library refused', async () => {
    const db = await gradedByTheWorker()
    const keyless = {
      ...gradeRequest({ id: 'x', articleId: 'a', index: 0, start: 0, end: 0, kind: 'body' }, '', {}),
      sentenceId: undefined
    }
    await expect(gradeWriter.write(db, keyless as never)).rejects.toThrow()
    const blocked: unknown[] = []
    db.on('blocked', (event) => void blocked.push(event))
    await db.delete()
    expect(blocked).toEqual([])
  })

  it('does not block the window’s Dexie deleting it a while after a grade', async () => {
    const db = await gradedByTheWorker()
    await db.undo.settled()
    await new Promise((resolve) => setTimeout(resolve, 300))
    const blocked: unknown[] = []
    db.on('blocked', (event) => void blocked.push(event))
    await db.delete()
    expect(blocked).toEqual([])
  })
})
