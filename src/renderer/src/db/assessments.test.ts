// Grading against real IndexedDB in Chromium: each grade is one row, one trail entry chained to
// the one before and the counts, with no read the write does not need; undo still takes it back.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { DBCore, Middleware } from 'dexie'
import { importArticle } from './articles'
import { updateAssessment } from './assessments'
import { attributeSentence } from './attributions'
import { verifyLibrary } from './backup'
import { SourcemarkDatabase } from './database'
import { expandSentences } from './sentences'
import { undo } from './undo'

/**
 * Each request IndexedDB is asked for and each answer, in order (`read assessments`, `done read
 * assessments`, `write history`, …), seen below every other middleware.
 */
function requestLog(log: string[]): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'RequestLog',
    level: -1,
    create(down) {
      return {
        ...down,
        table(name) {
          const table = down.table(name)
          const logged =
            <R, T>(kind: string, run: (req: R) => Promise<T>) =>
            (req: R) => {
              log.push(`${kind} ${name}`)
              return run(req).then((result) => {
                log.push(`done ${kind} ${name}`)
                return result
              })
            }
          return {
            ...table,
            get: logged('read', table.get),
            getMany: logged('read', table.getMany),
            query: logged('read', table.query),
            openCursor: logged('read', table.openCursor),
            mutate: logged('write', table.mutate)
          }
        }
      }
    }
  }
}

let db: SourcemarkDatabase
const log: string[] = []

beforeEach(async () => {
  db = new SourcemarkDatabase(`test-${crypto.randomUUID()}`)
  db.use(requestLog(log))
  await db.open()
})

afterEach(() => db.delete())

async function imported() {
  const text = [
    'Kyiv says Russian strikes hit power grid',
    'Russian missiles struck energy facilities in three regions overnight, the ministry said.',
    'Power was restored to most homes by noon, the ministry said.'
  ].join('\n')
  const outcome = await importArticle(db, { title: 'Strikes on the grid', text, origin: 'paste' })
  if (outcome.kind !== 'imported') throw new Error('expected a new import')
  return { text, sentences: expandSentences((await db.sentences.get(outcome.articleId))!) }
}

describe('grading', () => {
  it('reads the stored grade and the end of the trail at once, then writes the row and its entry at once', async () => {
    const { text, sentences } = await imported()
    await updateAssessment(db, sentences[1], text, { credibility: 2 })
    log.length = 0
    await updateAssessment(db, sentences[1], text, { credibility: 3 })
    const requests = log.filter((l) => !l.startsWith('done'))
    // Its own read of the row (the counts take the row it replaces from it), the trail's end; one
    // write each: nothing written in the action is read again. (The count does not move: 2→3.)
    expect(requests.sort()).toEqual([
      'read assessments',
      'read history',
      'write assessments',
      'write history'
    ])
    // Neither read waits for the other, and the trail's entry does not wait for the row.
    expect(log.slice(0, 2).sort()).toEqual(['read assessments', 'read history'])
    expect(log.indexOf('write history')).toBeLessThan(log.indexOf('done write assessments'))
    expect((await db.assessments.get(sentences[1].id))?.credibility).toBe(3)
    expect(await db.articleCounts.get(sentences[1].articleId)).toMatchObject({ graded: 1 })
  })

  it('chains every entry to the one before, however the grades come, and each binds its row', async () => {
    const { text, sentences } = await imported()
    // Grades asked for together queue behind one another; one action also creates a source.
    await Promise.all([
      updateAssessment(db, sentences[1], text, { credibility: 2 }),
      updateAssessment(db, sentences[2], text, { credibility: 5 }),
      attributeSentence(db, sentences[1], text, { name: 'Ukraine’s energy ministry' }, 'reported'),
      updateAssessment(db, sentences[1], text, { credibility: 3, note: 'Confirmed by the grid operator' })
    ])
    const verdict = await verifyLibrary(db)
    expect(verdict).toMatchObject({ trail: { ok: true }, records: null })
    const trail = await db.history.orderBy('id').toArray()
    trail.slice(1).forEach((entry, i) => expect(entry.prevHash).toBe(trail[i].hash))
    expect(trail.filter((e) => e.entity === 'assessment')).toHaveLength(4)

    // Undo takes back the last grade as a whole, and the trail still verifies.
    expect(await undo(db)).toBe('Grade sentence 2')
    expect(await db.assessments.get(sentences[1].id)).toMatchObject({ credibility: 2, note: '' })
    expect(await verifyLibrary(db)).toMatchObject({ trail: { ok: true }, records: null })
  })
})
