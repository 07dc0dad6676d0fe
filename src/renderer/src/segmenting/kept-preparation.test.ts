// The import worker's one kept preparation: taken only for exactly its text and language, replaced
// by a newer one, dropped on demand, never kept when it failed. A preparer whose end the test
// decides stands in for the segmenter, so "still running" is a state, not a race.
import { describe, expect, it } from 'vitest'
import type { ImportStage, PreparedText } from '@shared/segment/prepare'
import { KeptPreparation } from './kept-preparation'

/** A preparer that runs until `finish(text)` (or `fail(text)`), and reports 'normalising' then 'segmenting'. */
function heldPreparer() {
  const runs = new Map<string, { resolve: (p: PreparedText) => void; reject: (e: Error) => void }>()
  const calls: string[] = []
  let stageOf: (stage: ImportStage) => void = () => {}
  const prepare = (text: string, language: string, onStage: (stage: ImportStage) => void) => {
    calls.push(`${language}:${text}`)
    onStage('normalising')
    stageOf = onStage
    return new Promise<PreparedText>((resolve, reject) => runs.set(text, { resolve, reject }))
  }
  const result = (text: string) => ({ text, sha256: text, tableSha256: text }) as unknown as PreparedText
  return {
    prepare,
    calls,
    segmenting: () => stageOf('segmenting'),
    finish: (text: string) => runs.get(text)!.resolve(result(text)),
    fail: (text: string) => runs.get(text)!.reject(new Error('segmenter failed'))
  }
}

describe('KeptPreparation', () => {
  it('gives the kept preparation only for exactly its text and language', async () => {
    const held = heldPreparer()
    const kept = new KeptPreparation(held.prepare)
    const ready = kept.keep('Sumy was shelled.', 'en')
    held.finish('Sumy was shelled.')
    expect(await ready).toMatchObject({ text: 'Sumy was shelled.' })
    expect(await kept.take('Sumy was shelled.', 'en')).toBe(await ready)
    expect(kept.take('Sumy was shelled. ', 'en')).toBeUndefined()
    expect(kept.take('Sumy was shelled.', 'uk')).toBeUndefined()
    // Asked again for the same text: kept as it is, not prepared a second time.
    await kept.keep('Sumy was shelled.', 'en')
    expect(held.calls).toEqual(['en:Sumy was shelled.'])
  })

  it('an import taking it while it runs hears its stage, then waits for it', async () => {
    const held = heldPreparer()
    const kept = new KeptPreparation(held.prepare)
    void kept.keep('Kharkiv', 'en')
    const stages: ImportStage[] = []
    const taken = kept.take('Kharkiv', 'en', (stage) => stages.push(stage))
    held.segmenting()
    held.finish('Kharkiv')
    expect(await taken).toMatchObject({ text: 'Kharkiv' })
    expect(stages).toEqual(['normalising', 'segmenting'])
  })

  it('a newer text replaces it: the older resolves as not kept, and is not taken', async () => {
    const held = heldPreparer()
    const kept = new KeptPreparation(held.prepare)
    const older = kept.keep('Older draft', 'en')
    const newer = kept.keep('Newer draft', 'en')
    held.finish('Older draft')
    held.finish('Newer draft')
    expect(await older).toBeNull()
    expect(await newer).toMatchObject({ text: 'Newer draft' })
    expect(kept.take('Older draft', 'en')).toBeUndefined()
  })

  it('a dropped preparation is not taken, even once it finishes', async () => {
    const held = heldPreparer()
    const kept = new KeptPreparation(held.prepare)
    const running = kept.keep('Closed form', 'en')
    kept.drop()
    held.finish('Closed form')
    expect(await running).toBeNull()
    expect(kept.take('Closed form', 'en')).toBeUndefined()
  })

  it('a preparation that failed is not kept: the import prepares the text itself', async () => {
    const held = heldPreparer()
    const kept = new KeptPreparation(held.prepare)
    const failing = kept.keep('Broken', 'en')
    held.fail('Broken')
    await expect(failing).rejects.toThrow('segmenter failed')
    expect(kept.take('Broken', 'en')).toBeUndefined()
  })
})
