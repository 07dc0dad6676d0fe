// History entries that hash a sentence table by its raw bytes (`tableHashing: 'bytes'`) beside
// entries that hash it by its canonical JSON: a backup holding both restores, and an edit to either
// the table in the file or the table in the trail is refused as every other edit is.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { chainEntry, hashEntry, verifyChain } from '../history/chain'
import type { HistoryEntry, SentenceTable } from '../model'
import { tableDigestHex } from '../segment/table-digest'
import { MOD_ID, sampleLibrary } from './fixtures'
import { parseBackup } from './parse'
import { stateHash } from './record-state'
import { backupFromLibrary, backupJson } from './serialize'
import { newWorkspaceKey } from './signature'

const sample = readFileSync(new URL('../../../resources/samples/dprk-kursk.txt', import.meta.url), 'utf8')
const key = newWorkspaceKey('analyst-workspace')

type Loose = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

/** The sample library after a split of its second article, recorded as entries are written now. */
function splitLibrary() {
  const library = sampleLibrary(sample)
  const before = library.sentenceTables.find((t) => t.articleId === MOD_ID)!
  const text = library.articles.find((a) => a.id === MOD_ID)!.text
  // Sentence 1 cut at a space in its middle: the second part is a new sentence with a new seq.
  const cut = text.indexOf(' ', (before.starts[1] + before.ends[1]) >> 1)
  const insert = (column: ArrayLike<number>, first: number, second: number) => [
    column[0],
    first,
    second,
    ...Array.from(column).slice(2)
  ]
  const after: SentenceTable = {
    articleId: MOD_ID,
    nextSeq: before.nextSeq + 1,
    seqs: Uint32Array.from(insert(before.seqs, before.seqs[1], before.nextSeq)),
    starts: Uint32Array.from(insert(before.starts, before.starts[1], cut + 1)),
    ends: Uint32Array.from(insert(before.ends, cut, before.ends[1])),
    kinds: Uint8Array.from(insert(before.kinds, before.kinds[1], before.kinds[1]))
  }
  const entry = chainEntry(
    {
      action: 'split',
      at: '2026-11-21T09:00:00.000Z',
      entity: 'sentences',
      entityId: MOD_ID,
      before,
      after,
      stateHash: stateHash('sentences', after, 'bytes'),
      tableHashing: 'bytes'
    },
    library.history.at(-1)
  )
  const sentenceTables = library.sentenceTables.map((t) => (t.articleId === MOD_ID ? after : t))
  return { ...library, sentenceTables, history: [...library.history, { ...entry, id: 99 }] }
}

const signed = backupJson(backupFromLibrary(splitLibrary(), '2026-11-26T15:30:00.000Z', { key }))

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

describe('sentence tables hashed by their bytes', () => {
  it('binds the table by the hash of its bytes, not of its JSON', () => {
    const library = splitLibrary()
    const entry = library.history.at(-1)!
    const table = library.sentenceTables.find((t) => t.articleId === MOD_ID)!
    expect(entry.stateHash).toBe(tableDigestHex(table))
    expect(entry.stateHash).not.toBe(stateHash('sentences', table))
    expect(verifyChain(library.history)).toEqual({ ok: true })
  })

  it('restores a backup whose trail holds both kinds of entries, signed', () => {
    const result = parseBackup(signed, 'team.json')
    if (!result.ok) throw new Error(result.error)
    expect(result.signature).toBe('valid')
    const kinds = result.backup.history!.filter((e) => e.entity === 'sentences').map((e) => e.tableHashing)
    expect(kinds).toEqual([undefined, undefined, 'bytes'])
  })

  it('refuses a table whose bytes changed in the file, naming it', () => {
    const text = tampered((b) => {
      const kinds: string[] = b.articles[1].sentences.kinds
      kinds[2] = kinds[2] === 'quote' ? 'body' : 'quote'
    })
    expect(refusal(text)).toBe(
      '“team.json”: articles[1].sentences (“Russian Defence Ministry: Kursk region fully liberated”): does not match the audit trail’s last change to it — it was edited after it was written'
    )
  })

  it('refuses a table edited inside the trail, and an entry that no longer says how it hashed', () => {
    const at = JSON.parse(signed).history.length - 1
    const broken = `“team.json”: history[${at}]: The audit trail is broken at entry ${at + 1} (sentences ${MOD_ID} at 2026-11-21T09:00:00.000Z): its content no longer matches its hash — it was changed after it was written.`
    expect(refusal(tampered((b) => (b.history.at(-1).before.starts[0] += 1)))).toBe(broken)
    expect(refusal(tampered((b) => (b.history.at(-1).after.kinds[0] = 2)))).toBe(broken)
    expect(refusal(tampered((b) => delete b.history.at(-1).tableHashing))).toBe(broken)
    // A number past what a column holds would wrap to the same bytes: it matches nothing instead.
    expect(refusal(tampered((b) => (b.history.at(-1).after.starts[0] += 2 ** 32)))).toBe(broken)
  })

  it('covers a field a table in the trail holds beside its columns', () => {
    const entry = splitLibrary().history.at(-1)! as HistoryEntry & { after: Record<string, unknown> }
    const hash = hashEntry(entry, entry.prevHash)
    expect(hashEntry({ ...entry, after: { ...entry.after, note: 'added' } }, entry.prevHash)).not.toBe(hash)
  })
})
