// Records bound to the trail: every record of a backup must be exactly the state the audit trail
// last recorded for it. A grade changed 6→1 or a source's reliability raised in the file, with
// the trail left alone, is then refused by name.
import type { HistoryEntity, HistoryEntry } from '../model'
import { tableFromColumns } from './columns'
import type { Backup } from './format'
import type { Problems } from './integrity'
import { stateHash } from './record-state'

const EDITED = 'does not match the audit trail’s last change to it — it was edited after it was written'
const DELETED = 'the audit trail’s last change to it deleted it — it was put back outside the trail'
const UNTRACKED = 'has no entry in the audit trail — it was added outside it'

/**
 * Checks each article, sentence table, source, grade, link, case and judgment of `backup` against the last entry
 * of its trail for it (trail order). Entries carry the hash of the state they left; entries
 * written before that was recorded are compared by their `after` (for an import's article entry,
 * which holds only the title and text fingerprint, by those two).
 */
export function checkBinding(backup: Backup, problems: Problems): void {
  const last = new Map<string, HistoryEntry>()
  for (const entry of backup.history ?? []) last.set(key(entry.entity, entry.entityId), entry)

  const check = (where: string, entity: HistoryEntity, id: string, record: unknown) => {
    const entry = last.get(key(entity, id))
    if (!entry) return problems.add(`${where}: ${UNTRACKED}`)
    if (entry.after === null) return problems.add(`${where}: ${DELETED}`)
    if (!matchesEntry(entry, entity, record)) problems.add(`${where}: ${EDITED}`)
  }

  backup.articles.forEach((article, i) => {
    const { text: _text, sentences, ...record } = article
    check(`articles[${i}] (“${article.title}”)`, 'article', article.id, record)
    check(
      `articles[${i}].sentences (“${article.title}”)`,
      'sentences',
      article.id,
      tableFromColumns(article.id, sentences)
    )
  })
  backup.sources.forEach((source, i) =>
    check(`sources[${i}] (“${source.name}”)`, 'source', source.id, source)
  )
  backup.assessments.forEach((a, i) =>
    check(`assessments[${i}] (sentence ${a.sentenceId})`, 'assessment', a.sentenceId, a)
  )
  backup.links.forEach((link, i) => check(`links[${i}] (${link.id})`, 'link', link.id, link))
  backup.cases?.forEach((c, i) => check(`cases[${i}] (“${c.name}”)`, 'case', c.id, c))
  backup.judgments?.forEach((j, i) => check(`judgments[${i}] (“${clip(j.text)}”)`, 'judgment', j.id, j))
}

/** A judgment's words as a refusal names it: short enough to read in one line. */
function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 59)}…` : text
}

function key(entity: HistoryEntity, id: string): string {
  return `${entity}\u0000${id}`
}

/** Whether `record` is the state `entry` left it in. */
export function matchesEntry(entry: HistoryEntry, entity: HistoryEntity, record: unknown): boolean {
  try {
    if (entry.stateHash) return entry.stateHash === stateHash(entity, record, entry.tableHashing)
    const state = stateHash(entity, record)
    const after = entry.after as Record<string, unknown>
    if (entity === 'article' && typeof after.origin !== 'object') {
      const article = record as { title: string; origin: { sha256: string } }
      return after.title === article.title && after.sha256 === article.origin.sha256
    }
    return stateHash(entity, after) === state
  } catch {
    // An `after` that is not a record of its kind matches nothing.
    return false
  }
}
