// Writing a backup: the library's records as the file holds them. Only the model's fields are
// copied, so a stray property on a database row can never make a backup unrestorable.
import type { Article, Assessment, Case, HistoryEntry, Judgment, Link, Source } from '../model'
import { columnsFromTable, type SentenceTableInput } from './columns'
import { BACKUP_FORMAT, type Backup, type BackupArticle } from './format'
import {
  defined,
  pickArticle,
  pickAssessment,
  pickCase,
  pickHistoryEntry,
  pickJudgment,
  pickLink,
  pickSource
} from './pick'
import { signBackup, type WorkspaceKey } from './signature'

export interface LibraryContents {
  /** Articles with their text. */
  articles: Article[]
  /** One per article; tables of articles not listed are left out. */
  sentenceTables: SentenceTableInput[]
  sources: Source[]
  assessments: Assessment[]
  links: Link[]
  /** Omitted by libraries from before cases (and by tests of version-1 files). */
  cases?: Case[]
  judgments?: Judgment[]
  /** The audit trail in order (oldest first); omit to leave it out of the backup. */
  history?: HistoryEntry[]
}

export interface BackupOptions {
  /** The app version written into `app.version`. */
  appVersion?: string
  /**
   * The workspace's key: the backup is then the current version, signed. Without it, an unsigned
   * version 1 (which a restore accepts only without cases and judgments).
   */
  key?: WorkspaceKey
}

/**
 * The backup of `input`, taken at `exportedAt` (ISO date-time). Records are sorted by id so the
 * same library always gives the same file; the audit trail keeps its order, which its hashes need.
 * Throws when an article has no sentence table: the caller reads both in one transaction.
 */
export function backupFromLibrary(
  input: LibraryContents,
  exportedAt: string,
  options: BackupOptions = {}
): Backup {
  const tables = new Map(input.sentenceTables.map((table) => [table.articleId, table]))
  const articles = sortBy(input.articles, (a) => a.id).map((article): BackupArticle => {
    const table = tables.get(article.id)
    if (!table) throw new Error(`Backup: article “${article.title}” (${article.id}) has no sentence table.`)
    return { ...pickArticle(article), sentences: columnsFromTable(table) }
  })
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: 1,
    exportedAt,
    app: defined({ name: 'Sourcemark' as const, version: options.appVersion }),
    articles,
    sources: sortBy(input.sources, (s) => s.id).map(pickSource),
    assessments: sortBy(input.assessments, (a) => a.sentenceId).map(pickAssessment),
    links: sortBy(input.links, (l) => l.id).map(pickLink)
  }
  if (input.cases) backup.cases = sortBy(input.cases, (c) => c.id).map(pickCase)
  if (input.judgments) backup.judgments = sortBy(input.judgments, (j) => j.id).map(pickJudgment)
  if (input.history) backup.history = input.history.map(pickHistoryEntry)
  return options.key ? signBackup(backup, options.key) : backup
}

/**
 * The file's text: indented JSON, with lists of numbers and short words (sentence columns) kept on
 * one line, so a 50,000-sentence article does not become 200,000 lines.
 */
export function backupJson(backup: Backup): string {
  // A raw newline never occurs inside a JSON string, so `[` + newline is always structure.
  return JSON.stringify(backup, null, 2).replace(
    /\[\n\s*((?:[\d.eE+-]+|"[a-z-]*")(?:,\n\s*(?:[\d.eE+-]+|"[a-z-]*"))*)\n\s*\]/g,
    (_all, items: string) => `[${items.replace(/,\n\s*/g, ', ')}]`
  )
}

/** `sourcemark-backup-2026-11-26.json`: the calendar date of `exportedAt` as written. */
export function backupFileName(exportedAt: string): string {
  const date = /^\d{4}-\d{2}-\d{2}/.exec(exportedAt)?.[0]
  return date ? `sourcemark-backup-${date}.json` : 'sourcemark-backup.json'
}

/** A copy sorted by code units of the key: the same in every locale. */
function sortBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => {
    const ka = key(a)
    const kb = key(b)
    return ka < kb ? -1 : ka > kb ? 1 : 0
  })
}
