// Workspace backups against the database: the whole library out to one file, and a backup
// merged back in by stable ids — validated before, written in one transaction, undoable.
import {
  backupFileName,
  backupFromLibrary,
  backupJson,
  planMerge,
  type Backup,
  type LibrarySnapshot,
  type MergePlan
} from '@shared/backup'
import type { Article, HistoryEntity } from '@shared/model'
import type { SourcemarkDatabase } from './database'
import Dexie, { type Table } from 'dexie'
import { transact, type RecordChange } from './history'

const ALL = (db: SourcemarkDatabase) => [
  db.articles,
  db.texts,
  db.sentences,
  db.sources,
  db.assessments,
  db.links,
  db.history
]

export async function exportBackup(db: SourcemarkDatabase): Promise<{ json: string; fileName: string }> {
  const exportedAt = new Date().toISOString()
  const contents = await db.transaction('r', ALL(db), async () => {
    const [metas, texts] = await Promise.all([db.articles.toArray(), db.texts.toArray()])
    const textById = new Map(texts.map((t) => [t.articleId, t.text]))
    const articles: Article[] = metas.map((m) => ({ ...m, text: textById.get(m.id) ?? '' }))
    return {
      articles,
      sentenceTables: await db.sentences.toArray(),
      sources: await db.sources.toArray(),
      assessments: await db.assessments.toArray(),
      links: await db.links.toArray(),
      history: await db.history.orderBy('id').toArray()
    }
  })
  return { json: backupJson(backupFromLibrary(contents, exportedAt)), fileName: backupFileName(exportedAt) }
}

async function snapshot(db: SourcemarkDatabase): Promise<LibrarySnapshot> {
  const byId = <T, K>(rows: T[], key: (row: T) => K) => new Map(rows.map((r) => [key(r), r]))
  return {
    articles: byId(await db.articles.toArray(), (a) => a.id),
    sentenceTables: byId(await db.sentences.toArray(), (t) => t.articleId),
    sources: byId(await db.sources.toArray(), (s) => s.id),
    assessments: byId(await db.assessments.toArray(), (a) => a.sentenceId),
    links: byId(await db.links.toArray(), (l) => l.id),
    historyLength: await db.history.count()
  }
}

/** What restoring `backup` would do to the library now, without writing anything. */
export async function planRestore(db: SourcemarkDatabase, backup: Backup): Promise<MergePlan> {
  return db.transaction('r', ALL(db), async () => planMerge(backup, await snapshot(db)))
}

/**
 * Merges `backup` into the library in one transaction, planned again inside it so nothing
 * changed in between. Into an empty library the backup's own audit trail is restored as it
 * was; otherwise every written row is recorded in this library's trail as one undoable action.
 */
export async function restoreBackup(db: SourcemarkDatabase, backup: Backup): Promise<MergePlan> {
  const {
    result: plan,
    action,
    changed
  } = await transact(db, ALL(db), async (record) => {
    const plan = planMerge(backup, await snapshot(db))
    const { write } = plan
    const adoptTrail = write.history.length > 0
    // Into an empty library the backup's trail says it all; elsewhere each row goes into ours.
    const put = <T>(
      entity: HistoryEntity,
      table: Table<T, string, unknown>,
      rows: T[],
      key: (row: T) => string
    ) => putAll(entity, table, rows, key, adoptTrail ? null : record)
    await put('article', db.articles, write.articles, (r) => r.id)
    await put('text', db.texts, write.texts, (r) => r.articleId)
    await put('sentences', db.sentences, write.sentenceTables, (r) => r.articleId)
    await put('source', db.sources, write.sources, (r) => r.id)
    await put('assessment', db.assessments, write.assessments, (r) => r.sentenceId)
    await put('link', db.links, write.links, (r) => r.id)
    if (adoptTrail) await db.history.bulkAdd(write.history)
    return plan
  })
  if (changed) db.undo.pushDone({ action, label: 'Restore backup' })
  return plan
}

/**
 * Written as a chain of Dexie promises, not a native async function: awaited native promises
 * between the last request and the end of the body let IndexedDB commit the transaction early.
 */
function putAll<T>(
  entity: HistoryEntity,
  table: Table<T, string, unknown>,
  rows: T[],
  key: (row: T) => string,
  record: RecordChange | null
): Promise<void> {
  if (rows.length === 0) return Dexie.Promise.resolve()
  const keys = rows.map(key)
  const read: Promise<(T | undefined)[]> = record ? table.bulkGet(keys) : Dexie.Promise.resolve([])
  return read.then((before) =>
    table
      .bulkPut(rows)
      .then(() =>
        rows.reduce<Promise<void>>(
          (done, row, i) =>
            done.then(() => record?.({ entity, entityId: keys[i], before: before[i] ?? null, after: row })),
          Dexie.Promise.resolve()
        )
      )
  )
}
