// Workspace backups against the database: the whole library out to one file, and a backup
// merged back in by stable ids — validated before, written in one transaction, undoable.
import {
  backupFileName,
  backupFromLibrary,
  backupJson,
  planMerge,
  checkBinding,
  Problems,
  stateHash,
  type Backup,
  type LibraryContents,
  type LibrarySnapshot,
  type MergePlan
} from '@shared/backup'
import { verifyTrail, type TrailVerdict } from '@shared/history/trail'
import { convertKeyJudgments, type LegacyAssessment } from '@shared/judgments/legacy'
import type { Article, HistoryEntity, HistoryEntry } from '@shared/model'
import type { SourcemarkDatabase } from './database'
import Dexie, { type Table } from 'dexie'
import { appendHistory, transact, type RecordChange } from './history'
import { rememberWorkspace, workspaceId, workspaceKey } from './workspace'

const ALL = (db: SourcemarkDatabase) => [
  db.articles,
  db.texts,
  db.sentences,
  db.sources,
  db.assessments,
  db.links,
  db.cases,
  db.judgments,
  db.history,
  db.settings
]

/** The whole library as a backup file, signed with this workspace's key. */
export async function exportBackup(db: SourcemarkDatabase): Promise<{ json: string; fileName: string }> {
  const exportedAt = new Date().toISOString()
  const key = await workspaceKey(db)
  const contents = await readLibrary(db)
  return {
    json: backupJson(backupFromLibrary(contents, exportedAt, { key })),
    fileName: backupFileName(exportedAt)
  }
}

/** Every record and the whole trail, read in one transaction. */
function readLibrary(db: SourcemarkDatabase): Promise<LibraryContents> {
  return db.transaction('r', ALL(db), async () => {
    const [metas, texts] = await Promise.all([db.articles.toArray(), db.texts.toArray()])
    const textById = new Map(texts.map((t) => [t.articleId, t.text]))
    const articles: Article[] = metas.map((m) => ({ ...m, text: textById.get(m.id) ?? '' }))
    return {
      articles,
      sentenceTables: await db.sentences.toArray(),
      sources: await db.sources.toArray(),
      assessments: await db.assessments.toArray(),
      links: await db.links.toArray(),
      cases: await db.cases.toArray(),
      judgments: await db.judgments.toArray(),
      history: await db.history.orderBy('id').toArray()
    }
  })
}

export interface LibraryVerdict {
  trail: TrailVerdict
  entries: number
  /** Records that are not the state the trail last recorded for them, named; null when all are. */
  records: string | null
}

/**
 * Verify audit trail: every chain of the trail, and every record against the last state the trail
 * recorded for it — what a restore of the library's backup would check.
 */
export async function verifyLibrary(db: SourcemarkDatabase): Promise<LibraryVerdict> {
  const contents = await readLibrary(db)
  const history = contents.history ?? []
  const problems = new Problems()
  checkBinding(backupFromLibrary(contents, new Date().toISOString()), problems)
  return {
    trail: verifyTrail(history),
    entries: history.length,
    records: problems.any ? String(problems) : null
  }
}

async function snapshot(db: SourcemarkDatabase): Promise<LibrarySnapshot> {
  const byId = <T, K>(rows: T[], key: (row: T) => K) => new Map(rows.map((r) => [key(r), r]))
  return {
    articles: byId(await db.articles.toArray(), (a) => a.id),
    sentenceTables: byId(await db.sentences.toArray(), (t) => t.articleId),
    sources: byId(await db.sources.toArray(), (s) => s.id),
    assessments: byId(await db.assessments.toArray(), (a) => a.sentenceId),
    links: byId(await db.links.toArray(), (l) => l.id),
    cases: byId(await db.cases.toArray(), (c) => c.id),
    judgments: byId(await db.judgments.toArray(), (j) => j.id),
    trail: await trailSnapshot(db)
  }
}

/** A chain of Dexie promises: a nested native async function would lose the transaction. */
function trailSnapshot(db: SourcemarkDatabase): Promise<LibrarySnapshot['trail']> {
  const hashes = new Set<string>()
  const heads = new Map<string | null, string>()
  return db.history
    .orderBy('id')
    .each((entry) => {
      hashes.add(entry.hash)
      heads.set(entry.chain ?? null, entry.hash)
    })
    .then(() => workspaceId(db))
    .then((id) => ({ workspaceId: id, hashes, heads }))
}

/** What restoring `backup` would do to the library now, without writing anything. */
export async function planRestore(db: SourcemarkDatabase, backup: Backup): Promise<MergePlan> {
  return db.transaction('r', ALL(db), async () => planMerge(backup, await snapshot(db)))
}

/**
 * Merges `backup` into the library in one transaction, planned again inside it so nothing
 * changed in between; one undoable action. The backup's audit trail is appended as the chains of
 * the workspaces that wrote it, and this library's own chain records the join (which chain, its
 * head, the signature). Every row written is recorded in this library's chain; a record the
 * backup's trail speaks of but whose library version was kept gets an entry saying so, so that
 * every record still equals the last state the trail holds for it. Sentences a version-1 or -2
 * file marked as key judgments then become judgments, as the library upgrade converts them.
 */
export async function restoreBackup(
  db: SourcemarkDatabase,
  backup: Backup,
  fileName = 'backup'
): Promise<MergePlan> {
  const {
    result: plan,
    action,
    changed
  } = await transact(db, ALL(db), async (record) => {
    const plan = planMerge(backup, await snapshot(db))
    const { write } = plan
    if (write.history.length > 0) await db.history.bulkAdd(write.history)
    for (const joined of plan.history.joined) {
      if (joined.chain === null || joined.added === 0) continue
      await appendHistory(db, {
        entity: 'trail',
        entityId: joined.chain,
        before: null,
        after: {
          joined: joined.chain,
          head: joined.head,
          entries: joined.added,
          file: fileName,
          exportedAt: backup.exportedAt,
          publicKey: backup.workspace?.publicKey ?? null,
          signature: backup.signature ?? null
        }
      })
    }
    const written = new Set<string>()
    const tracked: RecordChange = (change) => {
      written.add(recordKey(change.entity, change.entityId))
      return record(change)
    }
    const put = <T>(
      entity: HistoryEntity,
      table: Table<T, string, unknown>,
      rows: T[],
      key: (row: T) => string
    ) => putAll(entity, table, rows, key, tracked)
    await put('article', db.articles, write.articles, (r) => r.id)
    await put('text', db.texts, write.texts, (r) => r.articleId)
    await put('sentences', db.sentences, write.sentenceTables, (r) => r.articleId)
    await put('source', db.sources, write.sources, (r) => r.id)
    await put('assessment', db.assessments, write.assessments, (r) => r.sentenceId)
    await put('link', db.links, write.links, (r) => r.id)
    await put('case', db.cases, write.cases, (r) => r.id)
    await put('judgment', db.judgments, write.judgments, (r) => r.id)
    await keepBinding(db, write.history, written, record)
    await convertMarks(db, record)
    return plan
  })
  if (changed) db.undo.pushDone({ action, label: 'Restore backup' })
  await rememberWorkspace(db, backup, fileName)
  return plan
}

function recordKey(entity: HistoryEntity, id: string): string {
  return `${entity}\u0000${id}`
}

const TABLES: Partial<Record<HistoryEntity, (db: SourcemarkDatabase) => Table<unknown, string, unknown>>> = {
  article: (db) => db.articles as Table<unknown, string, unknown>,
  text: (db) => db.texts as Table<unknown, string, unknown>,
  sentences: (db) => db.sentences as Table<unknown, string, unknown>,
  source: (db) => db.sources as Table<unknown, string, unknown>,
  assessment: (db) => db.assessments as Table<unknown, string, unknown>,
  link: (db) => db.links as Table<unknown, string, unknown>,
  case: (db) => db.cases as Table<unknown, string, unknown>,
  judgment: (db) => db.judgments as Table<unknown, string, unknown>
}

/**
 * Turns the old key-judgment marks the restore brought in into judgments of a case per article
 * (see judgments/legacy.ts), each change recorded; nothing happens when no assessment has a mark.
 * A chain of Dexie promises, like putAll, so the transaction stays open throughout.
 */
function convertMarks(db: SourcemarkDatabase, record: RecordChange): Promise<void> {
  return Dexie.Promise.all([db.assessments.toArray(), db.articles.toArray(), db.sentences.toArray()])
    .then(([assessments, articles, tables]) =>
      Dexie.Promise.all([db.cases.toArray(), db.judgments.toArray()]).then(([cases, judgments]) => ({
        assessments,
        articles,
        tables,
        cases,
        judgments
      }))
    )
    .then(({ assessments, articles, tables, cases, judgments }) => {
      const conversion = convertKeyJudgments({
        assessments: assessments as LegacyAssessment[],
        articles: new Map(articles.map((a) => [a.id, a])),
        readingOrder: new Map(tables.map((t) => [t.articleId, t.seqs])),
        cases: new Map(cases.map((c) => [c.id, c])),
        judgments
      })
      const steps: (() => Promise<unknown>)[] = [
        ...conversion.assessments.map(
          ({ before, after }) =>
            () =>
              db.assessments
                .put(after)
                .then(() => record({ entity: 'assessment', entityId: after.sentenceId, before, after }))
        ),
        ...conversion.cases.map(
          ({ before, after }) =>
            () =>
              db.cases.put(after).then(() => record({ entity: 'case', entityId: after.id, before, after }))
        ),
        ...conversion.judgments.map(
          (after) => () =>
            db.judgments
              .put(after)
              .then(() => record({ entity: 'judgment', entityId: after.id, before: null, after }))
        )
      ]
      return steps
        .reduce<Promise<unknown>>((done, step) => done.then(step), Dexie.Promise.resolve())
        .then(() => undefined)
    })
}

/**
 * For each record the appended entries speak of and the restore did not write: when the library's
 * row differs from the last state those entries recorded (the library's version was kept), an
 * entry in this library's chain records the row as it stands, changing nothing.
 */
function keepBinding(
  db: SourcemarkDatabase,
  appended: HistoryEntry[],
  written: ReadonlySet<string>,
  record: RecordChange
): Promise<void> {
  const last = new Map<string, HistoryEntry>()
  for (const entry of appended) last.set(recordKey(entry.entity, entry.entityId), entry)
  // A chain of Dexie promises, like putAll, so the transaction stays open throughout.
  return [...last]
    .reduce<Promise<unknown>>((done, [key, entry]) => {
      const table = TABLES[entry.entity]?.(db)
      if (!table || written.has(key)) return done
      return done
        .then(() => table.get(entry.entityId))
        .then((row) =>
          row === undefined || entry.stateHash === stateHash(entry.entity, row, entry.tableHashing)
            ? undefined
            : record({ entity: entry.entity, entityId: entry.entityId, before: row, after: row })
        )
    }, Dexie.Promise.resolve())
    .then(() => undefined)
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
  record: RecordChange
): Promise<void> {
  if (rows.length === 0) return Dexie.Promise.resolve()
  const keys = rows.map(key)
  const read: Promise<(T | undefined)[]> = table.bulkGet(keys)
  return read.then((before) =>
    table
      .bulkPut(rows)
      .then(() =>
        rows.reduce<Promise<unknown>>(
          (done, row, i) =>
            done.then(() => record({ entity, entityId: keys[i], before: before[i] ?? null, after: row })),
          Dexie.Promise.resolve()
        )
      )
      .then(() => undefined)
  )
}
