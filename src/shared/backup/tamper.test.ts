// Each way the issue found to pass an edited backup off as genuine, refused or reported exactly as
// the README's "Your data" section says.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { hashEntry } from '../history/chain'
import { sha256Hex } from '../text/sha256'
import { DPRK_ID, MOD_ID, sampleLibrary } from './fixtures'
import type { Backup } from './format'
import { parseBackup } from './parse'
import { stateHash } from './record-state'
import { backupFromLibrary, backupJson } from './serialize'
import { keyFingerprint, newWorkspaceKey, signBackup } from './signature'

const sample = readFileSync(new URL('../../../resources/samples/dprk-kursk.txt', import.meta.url), 'utf8')
const key = newWorkspaceKey('analyst-workspace')
const signed = backupJson(backupFromLibrary(sampleLibrary(sample), '2026-11-26T15:30:00.000Z', { key }))

type Loose = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

function tampered(change: (backup: Loose) => void): string {
  const backup = JSON.parse(signed) as Loose
  change(backup)
  return JSON.stringify(backup, null, 2)
}

function refusal(text: string): string {
  const result = parseBackup(text, 'team.json')
  if (result.ok) throw new Error('expected the backup to be refused')
  return result.error
}

const EDITED = 'does not match the audit trail’s last change to it — it was edited after it was written'
const ALTERED =
  '“team.json”: signature: does not match the content — the file was altered after it was signed'

/** A grade raised to 1, with the trail's entry for it and every hash after it recomputed. */
function rewriteGrade(b: Loose): void {
  b.assessments[0].credibility = 1
  const entry = b.history.findLast((e: Loose) => e.entityId === b.assessments[0].sentenceId)
  entry.after = b.assessments[0]
  entry.stateHash = stateHash('assessment', b.assessments[0])
  let prev = '0'.repeat(64)
  for (const e of b.history) {
    e.prevHash = prev
    e.hash = prev = hashEntry(e as never, prev)
  }
}

describe('backup integrity: what an edited backup meets', () => {
  it('restores the untouched signed backup, saying it is signed', () => {
    const result = parseBackup(signed, 'team.json')
    expect(result.ok && result.signature).toBe('valid')
    expect(result.ok && result.backup.workspace?.publicKey).toBe(key.publicKey)
  })

  it('refuses a text edited with its SHA-256 recomputed, naming the article', () => {
    const text = tampered((b) => {
      b.articles[0].text = b.articles[0].text.replace('about three weeks', 'about three hours')
      b.articles[0].origin.sha256 = sha256Hex(b.articles[0].text)
    })
    expect(refusal(text)).toBe(
      `“team.json”: articles[0] (“North Korean troops withdraw from Kursk”): ${EDITED}`
    )
  })

  it('refuses a grade changed in the file, naming the grade', () => {
    expect(refusal(tampered((b) => (b.assessments[0].credibility = 1)))).toBe(
      `“team.json”: assessments[0] (sentence ${DPRK_ID}:1): ${EDITED}`
    )
    expect(refusal(tampered((b) => (b.assessments[3].credibility = 6)))).toBe(
      `“team.json”: assessments[3] (sentence ${MOD_ID}:1): ${EDITED}`
    )
  })

  it('refuses a source whose reliability was raised, naming the source', () => {
    const text = tampered((b) => {
      expect(b.sources[1].reliability).toBe('B')
      b.sources[1].reliability = 'A'
    })
    expect(refusal(text)).toBe(`“team.json”: sources[1] (“Col. Oleksandr Kindratenko”): ${EDITED}`)
  })

  it('refuses a trail whose last three entries were cut: the records they wrote are named', () => {
    const error = refusal(tampered((b) => b.history.splice(-3)))
    expect(error).toContain(
      `assessments[2] (sentence ${DPRK_ID}:3): has no entry in the audit trail — it was added outside it`
    )
    expect(error).toContain(`assessments[3] (sentence ${MOD_ID}:1): has no entry in the audit trail`)
    expect(error).toContain(
      'links[1] (7d3a0e52-91c4-4b8f-a6e2-5f18c3b07d94): has no entry in the audit trail'
    )
  })

  it('refuses a cut trail whose records were cut with it, by the signature', () => {
    const text = tampered((b) => {
      b.history.splice(-1)
      b.links.splice(1, 1)
    })
    expect(refusal(text)).toBe(ALTERED)
  })

  it('refuses a backup whose whole history was removed', () => {
    const message =
      '“team.json”: history: there is no audit trail, so its records cannot be checked — a Sourcemark backup always has one'
    expect(refusal(tampered((b) => delete b.history))).toBe(message)
    expect(refusal(tampered((b) => (b.history = [])))).toBe(message)
  })

  it('refuses a trail rewritten with every hash recomputed, by the signature', () => {
    expect(refusal(tampered(rewriteGrade))).toBe(ALTERED)
  })

  it('reports a rewritten trail with the signature stripped as unsigned, never as signed', () => {
    const text = tampered((b) => {
      rewriteGrade(b)
      b.version = 1
      delete b.workspace
      delete b.signature
      delete b.cases
      delete b.judgments
    })
    const result = parseBackup(text, 'team.json')
    expect(result.ok && result.signature).toBe('unsigned')
    expect(refusal(tampered((b) => delete b.signature))).toBe(
      '“team.json”: signature: is required in a version-3 backup'
    )
  })

  it('reports a rewritten trail re-signed with another key as signed by that key, not this workspace’s', () => {
    const intruder = newWorkspaceKey('analyst-workspace')
    const resigned = JSON.parse(tampered(rewriteGrade)) as Backup
    const result = parseBackup(backupJson(signBackup(resigned, intruder)), 'team.json')
    if (!result.ok) throw new Error(result.error)
    expect(result.signature).toBe('valid')
    expect(result.backup.workspace?.publicKey).toBe(intruder.publicKey)
    expect(keyFingerprint(intruder.publicKey)).not.toBe(keyFingerprint(key.publicKey))
  })

  it('refuses a file signed by another key that still names this workspace’s key', () => {
    const intruder = newWorkspaceKey('analyst-workspace')
    const resigned = signBackup(JSON.parse(tampered(rewriteGrade)) as Backup, intruder)
    const text = backupJson({ ...resigned, workspace: { id: key.id, publicKey: key.publicKey } })
    expect(refusal(text)).toBe(ALTERED)
  })
})
