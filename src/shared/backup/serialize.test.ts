import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { verifyChain } from '../history/chain'
import { DPRK_ID, MOD_ID, sampleLibrary, withTrail } from './fixtures'
import { parseBackup } from './parse'
import { backupFileName, backupFromLibrary, backupJson } from './serialize'

const sample = readFileSync(new URL('../../../resources/samples/dprk-kursk.txt', import.meta.url), 'utf8')
const EXPORTED_AT = '2026-11-26T15:30:00.000Z'

describe('backupFromLibrary', () => {
  it('survives JSON and a restore unchanged, typed arrays turned into lists', () => {
    const library = sampleLibrary(sample)
    const backup = backupFromLibrary(library, EXPORTED_AT, { appVersion: '0.1.0' })
    const parsed = parseBackup(backupJson(backup), 'team.json')
    expect(parsed).toEqual({ ok: true, backup, signature: 'unsigned' })
    if (!parsed.ok) return

    const dprk = parsed.backup.articles.find((a) => a.id === DPRK_ID)!
    const table = library.sentenceTables.find((t) => t.articleId === DPRK_ID)!
    expect(dprk.sentences.seqs).toEqual(Array.from(table.seqs))
    expect(dprk.sentences.starts).toEqual(Array.from(table.starts))
    expect(dprk.sentences.ends).toEqual(Array.from(table.ends))
    expect(Array.isArray(dprk.sentences.starts)).toBe(true)
    expect(dprk.sentences.kinds.slice(0, 5)).toEqual(['body', 'body', 'quote', 'body', 'heading'])
    expect(dprk.text.slice(dprk.sentences.starts[4], dprk.sentences.ends[4])).toBe(
      'North Korea’s Military Losses in Russia'
    )
    const { sentences: _sentences, ...article } = dprk
    expect(article).toEqual(library.articles[0])
    expect(parsed.backup.sources).toEqual([...library.sources].sort((a, b) => (a.id < b.id ? -1 : 1)))
    expect(parsed.backup.app).toEqual({ name: 'Sourcemark', version: '0.1.0' })
    expect(parsed.backup.history).toHaveLength(14)
  })

  it('keeps the audit trail verifiable although it holds typed arrays', () => {
    const library = sampleLibrary(sample)
    expect(library.history[1].after).toHaveProperty('starts', expect.any(Uint32Array))
    const parsed = parseBackup(backupJson(backupFromLibrary(library, EXPORTED_AT)), 'team.json')
    if (!parsed.ok) throw new Error(parsed.error)
    expect(verifyChain(parsed.backup.history!)).toEqual({ ok: true })
    expect((parsed.backup.history![1].after as { starts: unknown }).starts).toEqual(
      Array.from(library.sentenceTables[0].starts)
    )
  })

  it('writes the same file for the same library, whatever order the rows were read in', () => {
    const library = sampleLibrary(sample)
    const shuffled = {
      ...library,
      articles: [...library.articles].reverse(),
      sentenceTables: [...library.sentenceTables].reverse(),
      sources: [...library.sources].reverse(),
      assessments: [...library.assessments].reverse(),
      links: [...library.links].reverse()
    }
    const json = backupJson(backupFromLibrary(library, EXPORTED_AT))
    expect(backupJson(backupFromLibrary(shuffled, EXPORTED_AT))).toBe(json)
    expect(json).toContain('"seqs": [0, 1, 2, 3]')
    expect(json).toContain('"kinds": ["heading", "body", "quote", "body"]')
  })

  it('copies only the model’s fields and leaves out what is undefined', () => {
    const library = sampleLibrary(sample)
    const stray = { ...library.sources[0], colour: 'red', description: undefined } as never
    const backup = backupFromLibrary(
      { ...library, sources: [stray], assessments: [], links: [] },
      EXPORTED_AT
    )
    expect(backup.sources[0]).not.toHaveProperty('colour')
    expect(backup.sources[0]).not.toHaveProperty('description')
    expect(parseBackup(backupJson(backup), 'team.json').ok).toBe(true)
  })

  it('leaves the trail out when none is given; such a file is refused, as nothing vouches for its records', () => {
    const { history: _history, ...library } = sampleLibrary(sample)
    const backup = backupFromLibrary(library, EXPORTED_AT)
    expect(backup).not.toHaveProperty('history')
    expect(parseBackup(backupJson(backup), 'team.json')).toEqual({
      ok: false,
      error:
        '“team.json”: history: there is no audit trail, so its records cannot be checked — a Sourcemark backup always has one'
    })
  })

  it('refuses an article without its sentence table', () => {
    const library = sampleLibrary(sample)
    const tables = library.sentenceTables.filter((t) => t.articleId !== MOD_ID)
    expect(() => backupFromLibrary({ ...library, sentenceTables: tables }, EXPORTED_AT)).toThrow(
      `Backup: article “Russian Defence Ministry: Kursk region fully liberated” (${MOD_ID}) has no sentence table.`
    )
  })

  it('keeps lists that are not plain numbers or words, and strings that look like lists, as they were', () => {
    const library = sampleLibrary(sample)
    const note = 'Kindratenko: [\n  1,\n  2\n] — “[1, 2]”'
    const assessments = [{ ...library.assessments[0], note, tags: ['Kursk', 'DPRK troops'] }]
    const backup = backupFromLibrary(withTrail({ ...library, assessments }), EXPORTED_AT)
    const parsed = parseBackup(backupJson(backup), 'team.json')
    if (!parsed.ok) throw new Error(parsed.error)
    expect(parsed.backup.assessments[0].note).toBe(note)
    expect(parsed.backup.assessments[0].tags).toEqual(['Kursk', 'DPRK troops'])
  })
})

describe('backupFileName', () => {
  it('names the file by the export date', () => {
    expect(backupFileName('2026-11-26T15:30:00.000Z')).toBe('sourcemark-backup-2026-11-26.json')
    expect(backupFileName('2026-11-26T23:30:00.000-05:00')).toBe('sourcemark-backup-2026-11-26.json')
    expect(backupFileName('not a date')).toBe('sourcemark-backup.json')
  })
})
