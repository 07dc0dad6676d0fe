// Version 3 backups carry cases and key judgments: they round-trip, are bound to the trail and
// signed like every other record, refused by name when wrong; version-1 and -2 files, whose
// assessments may still carry the old key-judgment mark, keep restoring.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { hashEntry } from '../history/chain'
import { sentenceId } from '../model'
import { CASE_ID, caseLibrary, DPRK_ID, MOD_ID, sampleLibrary } from './fixtures'
import type { Backup } from './format'
import { planMerge, type LibrarySnapshot } from './merge'
import { parseBackup } from './parse'
import { stateHash } from './record-state'
import { backupFromLibrary, backupJson } from './serialize'
import { newWorkspaceKey, signBackup } from './signature'

const sample = readFileSync(new URL('../../../resources/samples/dprk-kursk.txt', import.meta.url), 'utf8')
const key = newWorkspaceKey('analyst-workspace')
const EXPORTED_AT = '2026-11-26T15:30:00.000Z'
const library = caseLibrary(sample)
const signed = backupJson(backupFromLibrary(library, EXPORTED_AT, { key }))

type Loose = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

function edited(change: (backup: Loose) => void, text = signed): string {
  const backup = JSON.parse(text) as Loose
  change(backup)
  return JSON.stringify(backup, null, 2)
}

function refusal(text: string): string {
  const result = parseBackup(text, 'team.json')
  if (result.ok) throw new Error('expected the backup to be refused')
  return result.error
}

function parsed(text: string): Backup {
  const result = parseBackup(text, 'team.json')
  if (!result.ok) throw new Error(result.error)
  return result.backup
}

const emptyLibrary: LibrarySnapshot = {
  articles: new Map(),
  sentenceTables: new Map(),
  sources: new Map(),
  assessments: new Map(),
  links: new Map(),
  cases: new Map(),
  judgments: new Map(),
  trail: { workspaceId: null, hashes: new Set(), heads: new Map() }
}

describe('a version-3 backup with cases and key judgments', () => {
  it('round-trips the case with its header and the judgments with every piece of evidence, signed', () => {
    const result = parseBackup(signed, 'team.json')
    if (!result.ok) throw new Error(result.error)
    expect(result.signature).toBe('valid')
    expect(result.backup.version).toBe(3)
    expect(result.backup.cases).toEqual(library.cases)
    const byId = (j: { id: string }) => j.id
    expect(result.backup.judgments!.map(byId)).toEqual(['judgment-started', 'judgment-withdrawn'])
    expect(result.backup.judgments).toEqual(expect.arrayContaining(library.judgments))
    const withdrawn = result.backup.judgments!.find((j) => j.id === 'judgment-withdrawn')!
    expect(withdrawn).toMatchObject({ likelihood: 'likely', confidence: 'Moderate' })
    expect(withdrawn.evidence.map((e) => [e.relation, e.target.kind])).toEqual([
      ['supports', 'sentence'],
      ['contradicts', 'sentence'],
      ['supports', 'external']
    ])
    expect(result.backup.cases![0].header.bluf).toBe('North Korean troops have likely left the Kursk front.')
  })

  it('refuses a judgment edited in the file, naming it', () => {
    const text = edited((b) => (b.judgments[1].confidence = 'High'))
    expect(refusal(text)).toBe(
      '“team.json”: judgments[1] (“North Korean units have likely been withdrawn from the Kurs…”): does not match the audit trail’s last change to it — it was edited after it was written'
    )
  })

  it('refuses a case whose header was edited in the file, naming it', () => {
    const text = edited((b) => (b.cases[0].header.handling = 'SECRET'))
    expect(refusal(text)).toMatch(
      /^“team\.json”: cases\[0\] \(“Kursk withdrawal”\): does not match the audit trail/
    )
  })

  it('refuses a judgment rewritten together with its trail entry, by the signature', () => {
    const text = edited((b) => {
      const judgment = b.judgments.find((j: Loose) => j.id === 'judgment-withdrawn')
      judgment.evidence = judgment.evidence.filter((e: Loose) => e.relation !== 'contradicts')
      const entry = b.history.findLast((e: Loose) => e.entityId === judgment.id)
      entry.after = judgment
      entry.stateHash = stateHash('judgment', judgment)
      let prev = '0'.repeat(64)
      for (const e of b.history) {
        e.prevHash = prev
        e.hash = prev = hashEntry(e as never, prev)
      }
    })
    expect(refusal(text)).toBe(
      '“team.json”: signature: does not match the content — the file was altered after it was signed'
    )
  })

  it('names each field of a case or judgment that is wrong, and why', () => {
    const text = edited((b) => {
      b.judgments[0].likelihood = 'possibly'
      b.judgments[0].confidence = 'high'
      b.judgments[1].needsRewording = 'yes'
      b.cases[0].header.date = '21 November'
      b.cases[0].colour = 'red'
    })
    expect(refusal(text)).toBe(
      '“team.json”: cases[0].header.date: must be a date such as 2026-11-26, or empty; ' +
        'cases[0].colour: not a field of a Sourcemark backup; ' +
        'judgments[0].likelihood: must be one of "almost no chance", "very unlikely", "unlikely", "roughly even chance", "likely", "very likely", "almost certain"; ' +
        'judgments[0].confidence: must be one of "High", "Moderate", "Low"; ' +
        'judgments[1].needsRewording: must be true or false'
    )
  })

  it('refuses references that lead nowhere: a case’s article, a judgment’s case, sentence or source', () => {
    const text = edited((b) => {
      b.cases[0].articleIds.push('no-such-article')
      b.judgments[1].caseId = 'no-such-case'
      b.judgments[1].evidence[0].target.sentenceId = `${DPRK_ID}:999`
      b.judgments[1].evidence[2].target.sourceId = 'src-nobody'
    })
    expect(refusal(text)).toBe(
      '“team.json”: cases[0].articleIds[2]: "no-such-article" is not an article in the backup; ' +
        'judgments[1].caseId: "no-such-case" is not a case in the backup; ' +
        'judgments[1].evidence[0].target.sentenceId: "' +
        `${DPRK_ID}:999` +
        '" is not a sentence of an article in the backup; ' +
        'judgments[1].evidence[2].target.sourceId: "src-nobody" is not a source in the backup'
    )
  })

  it('refuses cases in an older version, and the old key-judgment mark in version 3', () => {
    expect(refusal(edited((b) => (b.version = 2)))).toBe(
      '“team.json”: cases: not a field of a version-2 backup; judgments: not a field of a version-2 backup'
    )
    expect(refusal(edited((b) => delete b.judgments))).toBe(
      '“team.json”: judgments: is required in a version-3 backup'
    )
    expect(refusal(edited((b) => (b.assessments[2].keyJudgment = true)))).toBe(
      '“team.json”: assessments[2].keyJudgment: not a field of a version-3 backup (key judgments are in "judgments")'
    )
  })
})

describe('version-1 and -2 backups with sentences marked as key judgments', () => {
  const old = sampleLibrary(sample, { markedKeyJudgment: true })
  const version2 = backupJson(signBackup(backupFromLibrary(old, EXPORTED_AT), key, 2))

  it('are read with the mark, which their trail recorded, so they verify', () => {
    const result = parseBackup(version2, 'old-team.json')
    if (!result.ok) throw new Error(result.error)
    expect(result.signature).toBe('valid')
    expect(result.backup.version).toBe(2)
    expect(result.backup.cases).toBeUndefined()
    expect(result.backup.assessments.filter((a) => a.keyJudgment).map((a) => a.sentenceId)).toEqual([
      sentenceId(DPRK_ID, 3)
    ])
    const unsigned = backupJson(backupFromLibrary(old, EXPORTED_AT))
    expect(parsed(unsigned).assessments[2]).toMatchObject({ keyJudgment: true })
  })

  it('whose mark was removed in the file are refused, naming the grade', () => {
    const text = edited((b) => delete b.assessments[2].keyJudgment, version2)
    expect(refusal(text)).toMatch(
      /^“team\.json”: assessments\[2\] \(sentence [^)]*:3\): does not match the audit trail/
    )
  })
})

describe('planning a restore of cases and judgments', () => {
  it('adds the case and its judgments to an empty library and says so', () => {
    const plan = planMerge(parsed(signed), emptyLibrary)
    expect(plan.write.cases.map((c) => c.id)).toEqual([CASE_ID])
    expect(plan.write.judgments.map((j) => j.id).sort()).toEqual(['judgment-started', 'judgment-withdrawn'])
    expect(plan.summary).toContain('1 case to add')
    expect(plan.summary).toContain('2 key judgments to add')
  })

  it('points evidence and the case at the library’s copy of an article it holds under another id', () => {
    const ownId = 'own-copy-of-the-sample'
    const mine = sampleLibrary(sample)
    const snapshot: LibrarySnapshot = {
      ...emptyLibrary,
      articles: new Map([[ownId, { ...mine.articles[0], id: ownId, text: undefined } as never]]),
      sentenceTables: new Map([[ownId, { ...mine.sentenceTables[0], articleId: ownId }]])
    }
    const plan = planMerge(parsed(signed), snapshot)
    expect(plan.write.cases[0].articleIds).toEqual([ownId, MOD_ID])
    const withdrawn = plan.write.judgments.find((j) => j.id === 'judgment-withdrawn')!
    expect(withdrawn.evidence[0].target).toEqual({ kind: 'sentence', sentenceId: sentenceId(ownId, 1) })
    expect(withdrawn.evidence[1].target).toEqual({ kind: 'sentence', sentenceId: sentenceId(MOD_ID, 3) })
    const started = plan.write.judgments.find((j) => j.id === 'judgment-started')!
    expect(started.startedFrom).toBe(sentenceId(ownId, 3))
  })

  it('restores a judgment without evidence on sentences that cannot be placed, and says so', () => {
    const mine = sampleLibrary(sample)
    const other = 'own-copy-split-otherwise'
    const table = {
      ...mine.sentenceTables[0],
      articleId: other,
      seqs: mine.sentenceTables[0].seqs.map((s) => s + 100)
    }
    const snapshot: LibrarySnapshot = {
      ...emptyLibrary,
      articles: new Map([[other, { ...mine.articles[0], id: other, text: undefined } as never]]),
      sentenceTables: new Map([[other, table]])
    }
    const plan = planMerge(parsed(signed), snapshot)
    const withdrawn = plan.write.judgments.find((j) => j.id === 'judgment-withdrawn')!
    expect(withdrawn.evidence.map((e) => e.target.kind)).toEqual(['sentence', 'external'])
    expect(plan.write.judgments.find((j) => j.id === 'judgment-started')!.startedFrom).toBeUndefined()
    // The started judgment's sentence was its supporting evidence: both pieces stayed behind.
    expect(plan.skipped.evidence.map((s) => s.judgmentId).sort()).toEqual([
      'judgment-started',
      'judgment-withdrawn'
    ])
    expect(plan.summary).toContain(
      'Key judgments restored without 2 pieces of their evidence, as their sentences are not in the library'
    )
  })
})
