// Writing a backup: the library's records as the file holds them. Only the model's fields are
// copied, so a stray property on a database row can never make a backup unrestorable.
import type { LegacyAssessment } from '../judgments/legacy'
import type {
  Article,
  Assessment,
  Case,
  HistoryEntry,
  Judgment,
  JudgmentEvidence,
  Link,
  LinkTarget,
  Source
} from '../model'
import { columnsFromTable, type SentenceTableInput } from './columns'
import { BACKUP_FORMAT, type Backup, type BackupArticle } from './format'
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

/** `value` without its undefined members, which JSON would drop anyway. */
function defined<T extends object>(value: T): T {
  const out = {} as T
  for (const key of Object.keys(value) as (keyof T)[]) if (value[key] !== undefined) out[key] = value[key]
  return out
}

export function pickArticle(a: Article): Article {
  return defined({ ...pickArticleRecord(a), text: a.text })
}

/** An article's fields as the model has them, without its text (which has a table of its own). */
export function pickArticleRecord(a: Omit<Article, 'text'>): Omit<Article, 'text'> {
  return defined({
    id: a.id,
    title: a.title,
    outlet: a.outlet,
    author: a.author,
    publishedAt: a.publishedAt,
    url: a.url,
    language: a.language,
    importedAt: a.importedAt,
    origin: defined({
      kind: a.origin.kind,
      fileName: a.origin.fileName,
      mediaType: a.origin.mediaType,
      sha256: a.origin.sha256
    })
  })
}

export function pickSource(s: Source): Source {
  return defined({
    id: s.id,
    name: s.name,
    aliases: [...s.aliases],
    kind: s.kind,
    affiliation: s.affiliation,
    description: s.description,
    reliability: s.reliability,
    reliabilityNote: s.reliabilityNote
  })
}

/** The model's fields; the old key-judgment mark too when present, as the trail recorded it. */
export function pickAssessment(a: LegacyAssessment): LegacyAssessment {
  return defined({
    sentenceId: a.sentenceId,
    articleId: a.articleId,
    attributions: a.attributions.map(({ sourceId, role }) => ({ sourceId, role })),
    credibility: a.credibility,
    claimType: a.claimType,
    corroborationOverride: a.corroborationOverride && {
      status: a.corroborationOverride.status,
      reason: a.corroborationOverride.reason
    },
    keyJudgment: a.keyJudgment,
    note: a.note,
    tags: [...a.tags],
    target: defined({ exact: a.target.exact, prefix: a.target.prefix, suffix: a.target.suffix }),
    updatedAt: a.updatedAt
  })
}

function pickTarget(t: LinkTarget): LinkTarget {
  if (t.kind === 'sentence') return { kind: 'sentence', sentenceId: t.sentenceId }
  return defined({
    kind: 'external' as const,
    citation: t.citation,
    url: t.url,
    sourceId: t.sourceId,
    accessedOn: t.accessedOn
  })
}

export function pickLink(l: Link): Link {
  return {
    id: l.id,
    fromSentenceId: l.fromSentenceId,
    articleId: l.articleId,
    relation: l.relation,
    target: pickTarget(l.target),
    note: l.note,
    createdAt: l.createdAt
  }
}

export function pickCase(c: Case): Case {
  const h = c.header
  return {
    id: c.id,
    name: c.name,
    articleIds: [...c.articleIds],
    header: {
      title: h.title,
      analyst: h.analyst,
      handling: h.handling,
      bluf: h.bluf,
      audience: h.audience,
      date: h.date
    },
    createdAt: c.createdAt,
    updatedAt: c.updatedAt
  }
}

function pickEvidence(e: JudgmentEvidence): JudgmentEvidence {
  return { relation: e.relation, target: pickTarget(e.target), note: e.note }
}

export function pickJudgment(j: Judgment): Judgment {
  return defined({
    id: j.id,
    caseId: j.caseId,
    position: j.position,
    text: j.text,
    likelihood: j.likelihood,
    confidence: j.confidence,
    confidenceReason: j.confidenceReason,
    evidence: j.evidence.map(pickEvidence),
    assumptions: j.assumptions,
    alternatives: j.alternatives,
    needsRewording: j.needsRewording,
    startedFrom: j.startedFrom,
    createdAt: j.createdAt,
    updatedAt: j.updatedAt
  })
}

function pickHistoryEntry(e: HistoryEntry): HistoryEntry {
  return defined({
    id: e.id,
    action: e.action,
    at: e.at,
    entity: e.entity,
    entityId: e.entityId,
    before: plainJson(e.before),
    after: plainJson(e.after),
    hash: e.hash,
    prevHash: e.prevHash,
    chain: e.chain,
    stateHash: e.stateHash
  })
}

/**
 * A history value as JSON will carry it. Sentence tables in the trail hold typed arrays, which
 * `JSON.stringify` would write as `{"0":…}` objects and so break the hash on restore; the hash
 * (canonical JSON) already reads them as arrays of numbers, so arrays of numbers they become.
 */
function plainJson(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    return Array.from(value as unknown as ArrayLike<number>)
  }
  if (Array.isArray(value)) return value.map(plainJson)
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return value
  const out: Record<string, unknown> = {}
  for (const [key, item] of Object.entries(value)) out[key] = plainJson(item)
  return out
}
