// Undo and redo against real IndexedDB, with two database connections on one library standing
// for two windows: a revert never overwrites a change it did not make.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SourcemarkDatabase } from './database'
import { getArticle, importArticle } from './articles'
import { updateAssessment } from './assessments'
import { addLink, removeLink } from './links'
import { expandSentences } from './sentences'
import { UndoRefused, UndoStack, redo, undo } from './undo'

let name: string
let windowA: SourcemarkDatabase
let windowB: SourcemarkDatabase

beforeEach(async () => {
  name = `test-${crypto.randomUUID()}`
  windowA = new SourcemarkDatabase(name)
  windowB = new SourcemarkDatabase(name)
  await windowA.open()
  await windowB.open()
})

afterEach(async () => {
  windowB.close()
  await windowA.delete()
})

const TEXT =
  'Sweden pledged $1.23 billion in military aid. Officials in Kyiv welcomed the package. The aid includes long-range weapons.'

async function setUp() {
  const outcome = await importArticle(windowA, { title: 'Aid to Ukraine', text: TEXT, origin: 'paste' })
  if (outcome.kind !== 'imported') throw new Error('expected a new import')
  const article = (await getArticle(windowA, outcome.articleId))!
  const sentences = expandSentences((await windowA.sentences.get(article.id))!)
  return { article, sentences }
}

const credibility = async (db: SourcemarkDatabase, id: string) => (await db.assessments.get(id))?.credibility

describe('undo and redo in one window', () => {
  it('undo reverts the grade and redo brings it back', async () => {
    const { article, sentences } = await setUp()
    await updateAssessment(windowA, sentences[1], article.text, { credibility: 3 })
    await updateAssessment(windowA, sentences[1], article.text, { credibility: 4 })

    expect(await undo(windowA)).toBe('Grade sentence 2')
    expect(await credibility(windowA, sentences[1].id)).toBe(3)
    expect(await undo(windowA)).toBe('Grade sentence 2')
    expect(await windowA.assessments.get(sentences[1].id)).toBeUndefined()
    expect(await redo(windowA)).toBe('Grade sentence 2')
    expect(await credibility(windowA, sentences[1].id)).toBe(3)
    expect(await undo(windowA)).toBe('Grade sentence 2')
    expect(await undo(windowA)).toBeNull()
  })
})

describe('a revert that would overwrite another window’s change', () => {
  it('refuses to undo a grade another window changed since, and keeps that change', async () => {
    const { article, sentences } = await setUp()
    await updateAssessment(windowA, sentences[1], article.text, { credibility: 3 })
    await updateAssessment(windowB, sentences[1], article.text, { credibility: 6 })
    const trail = await windowA.history.count()

    const refusal = undo(windowA)
    await expect(refusal).rejects.toBeInstanceOf(UndoRefused)
    await expect(refusal).rejects.toThrow(
      'Cannot undo “Grade sentence 2”: the grade of sentence 2 (“Officials in Kyiv welcomed the package.”) of “Aid to Ukraine” was changed after this action (perhaps in another window), and undoing it would overwrite that change.'
    )
    expect(await credibility(windowA, sentences[1].id)).toBe(6)
    expect(await credibility(windowB, sentences[1].id)).toBe(6)
    // Nothing written, not even to the audit trail; the refused action leaves the undo list.
    expect(await windowA.history.count()).toBe(trail)
    expect(windowA.undo.peekUndo()).toBeUndefined()
    // The other window's own undo is still its to make.
    expect(await undo(windowB)).toBe('Grade sentence 2')
    expect(await credibility(windowA, sentences[1].id)).toBe(3)
  })

  it('refuses to redo over a grade another window set after the undo', async () => {
    const { article, sentences } = await setUp()
    await updateAssessment(windowA, sentences[0], article.text, { credibility: 2 })
    await undo(windowA)
    await updateAssessment(windowB, sentences[0], article.text, { credibility: 5 })

    await expect(redo(windowA)).rejects.toThrow(
      /^Cannot redo “Grade sentence 1”: the grade of sentence 1 \(“Sweden pledged \$1\.23 billion in military aid\.”\) of “Aid to Ukraine” was changed after this action/
    )
    expect(await credibility(windowA, sentences[0].id)).toBe(5)
  })

  it('refuses to undo the adding of a link another window has removed since', async () => {
    const { sentences } = await setUp()
    const link = await addLink(windowA, sentences[2], 'supports', {
      kind: 'sentence',
      sentenceId: sentences[0].id
    })
    await removeLink(windowB, link.id)

    await expect(undo(windowA)).rejects.toThrow(
      /a link from sentence 3 \(“The aid includes long-range weapons\.”\)/
    )
    expect(await windowA.links.get(link.id)).toBeUndefined()
  })

  it('undoes as usual when the other window changed a different sentence', async () => {
    const { article, sentences } = await setUp()
    await updateAssessment(windowA, sentences[1], article.text, { credibility: 3 })
    await updateAssessment(windowB, sentences[2], article.text, { credibility: 6 })

    expect(await undo(windowA)).toBe('Grade sentence 2')
    expect(await windowA.assessments.get(sentences[1].id)).toBeUndefined()
    expect(await credibility(windowA, sentences[2].id)).toBe(6)
  })
})

describe('the undo list across a reload', () => {
  it('a reloaded window undoes and redoes what it did before the reload', async () => {
    const key = `sourcemark:undo:${name}`
    windowA.undo.persistIn(sessionStorage, key)
    const { article, sentences } = await setUp()
    await updateAssessment(windowA, sentences[1], article.text, { credibility: 3 })
    await updateAssessment(windowA, sentences[1], article.text, { note: 'Reaction only.' })
    await undo(windowA)

    // The reloaded page: a new connection, stacks read back from the window's session storage.
    const reloaded = new SourcemarkDatabase(name)
    reloaded.undo.persistIn(sessionStorage, key)
    try {
      expect(reloaded.undo.peekUndo()?.label).toBe('Grade sentence 2')
      expect(await redo(reloaded)).toBe('Grade sentence 2')
      expect((await reloaded.assessments.get(sentences[1].id))?.note).toBe('Reaction only.')
      expect(await undo(reloaded)).toBe('Grade sentence 2')
      expect(await undo(reloaded)).toBe('Grade sentence 2')
      expect(await reloaded.assessments.get(sentences[1].id)).toBeUndefined()
    } finally {
      reloaded.close()
      sessionStorage.removeItem(key)
    }
  })

  it('starts empty when what was kept is unreadable', () => {
    const key = `sourcemark:undo:${crypto.randomUUID()}`
    sessionStorage.setItem(key, '{"done":[{"action":7}]}')
    const stack = new UndoStack()
    stack.persistIn(sessionStorage, key)
    expect(stack.peekUndo()).toBeUndefined()
    sessionStorage.removeItem(key)
  })
})
