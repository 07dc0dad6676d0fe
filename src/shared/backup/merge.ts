// Importing a workspace bundle into a library that already holds work (DESIGN.md §5): records are
// matched by their stable ids, and the plan says what is new, what is already there and what
// conflicts, before anything is written. The database writes `plan.write` in one transaction.
import { canonicalJson } from '../history'
import type {
  Article,
  Assessment,
  Case,
  HistoryEntry,
  Judgment,
  JudgmentEvidence,
  Link,
  Source
} from '../model'
import { SENTENCE_KINDS, sentenceId } from '../model'
import { tableFromColumns, type SentenceTableInput, type SentenceTableRow } from './columns'
import type { Backup, BackupArticle, SentenceColumns } from './format'
import { count, summarise } from './merge-summary'
import { planTrail, type TrailPlan, type TrailSnapshot } from './merge-trail'

/** Whose version wins when the same id holds different content. */
export type MergePolicy = 'library' | 'backup'

/** An article as the library lists it: without its text. */
export type ArticleRecord = Omit<Article, 'text'>

/** What the library holds, read in the transaction that will write the plan. */
export interface LibrarySnapshot {
  /** Every article (the text is not needed: `origin.sha256` stands for it). */
  articles: ReadonlyMap<string, ArticleRecord>
  /** Sentence tables by article id. */
  sentenceTables: ReadonlyMap<string, SentenceTableInput>
  sources: ReadonlyMap<string, Source>
  /** By sentence id. */
  assessments: ReadonlyMap<string, Assessment>
  links: ReadonlyMap<string, Link>
  cases: ReadonlyMap<string, Case>
  judgments: ReadonlyMap<string, Judgment>
  /** The library's audit trail, by chain. */
  trail: TrailSnapshot
}

export interface MergeOptions {
  /** Default `'library'`: a conflict keeps what the analyst has and is reported. */
  prefer?: MergePolicy
}

export interface RecordConflict<T> {
  id: string
  library: T
  backup: T
  kept: MergePolicy
}

export interface RecordMerge<T> {
  /** New ids. */
  added: T[]
  /** Ids already in the library with the same content. */
  identical: string[]
  conflicts: RecordConflict<T>[]
}

export interface ArticleConflict {
  id: string
  title: string
  /** What differs: the details (title, outlet…), the sentence ranges, or the text itself. */
  differs: ('details' | 'sentences' | 'text')[]
  kept: MergePolicy
  /** Why the library's version was kept although the backup's was preferred. */
  reason?: string
}

/** A backup article whose text the library already holds under another id. */
export interface DuplicateArticle {
  backupId: string
  libraryId: string
  title: string
  libraryTitle: string
  /**
   * True when the library's copy has the same sentences (same sequence numbers and ranges): its
   * grades and links are then moved onto the library's copy. Otherwise they are skipped.
   */
  matched: boolean
  assessments: number
  links: number
}

export interface SkippedRecords {
  assessments: Assessment[]
  links: Link[]
  /** Evidence of key judgments on sentences not in the library: the judgment comes without it. */
  evidence: { judgmentId: string; evidence: JudgmentEvidence }[]
}

export interface MergePlan {
  prefer: MergePolicy
  articles: {
    added: ArticleRecord[]
    identical: string[]
    conflicts: ArticleConflict[]
    duplicates: DuplicateArticle[]
  }
  sources: RecordMerge<Source> & {
    /** New sources named like a library source under another id: added, never merged by guess. */
    possibleDuplicates: { backup: Source; library: Source }[]
  }
  assessments: RecordMerge<Assessment>
  links: RecordMerge<Link>
  cases: RecordMerge<Case>
  judgments: RecordMerge<Judgment>
  /** Grades and links left out because their sentence is not in the library after the merge. */
  skipped: SkippedRecords
  /** The backup's chains, joined to the library's trail. */
  history: TrailPlan
  /** Everything to write, in one transaction: `put` each row (`add` the history, in order). */
  write: {
    articles: ArticleRecord[]
    /** Texts of added articles only: a text never changes after import. */
    texts: { articleId: string; text: string }[]
    sentenceTables: SentenceTableRow[]
    sources: Source[]
    assessments: Assessment[]
    links: Link[]
    cases: Case[]
    judgments: Judgment[]
    /** The backup's entries the library lacks, ids removed so the database numbers them. */
    history: HistoryEntry[]
  }
  /** Lines the import dialog shows. */
  summary: string[]
}

/** Where a backup article's sentences end up: under which article id, with which sequence numbers. */
interface Landing {
  articleId: string
  seqs: ReadonlySet<number>
}

/**
 * What merging `backup` (as `parseBackup` returned it: checked whole) into `library` would do.
 * Pure: reads both, writes neither. Records match by id; an article also matches by its text's
 * SHA-256, since the same text under another id is the same article imported twice. The backup's
 * audit trail is kept as the chains of the workspaces that wrote it, beside the library's own.
 */
export function planMerge(backup: Backup, library: LibrarySnapshot, options: MergeOptions = {}): MergePlan {
  const prefer = options.prefer ?? 'library'
  const plan: MergePlan = {
    prefer,
    articles: { added: [], identical: [], conflicts: [], duplicates: [] },
    sources: { added: [], identical: [], conflicts: [], possibleDuplicates: [] },
    assessments: { added: [], identical: [], conflicts: [] },
    links: { added: [], identical: [], conflicts: [] },
    cases: { added: [], identical: [], conflicts: [] },
    judgments: { added: [], identical: [], conflicts: [] },
    skipped: { assessments: [], links: [], evidence: [] },
    history: { joined: [], diverged: [], entries: [] },
    write: {
      articles: [],
      texts: [],
      sentenceTables: [],
      sources: [],
      assessments: [],
      links: [],
      cases: [],
      judgments: [],
      history: []
    },
    summary: []
  }

  const landings = planArticles(backup, library, plan)
  const relocate = (id: string): string | null => {
    const colon = id.lastIndexOf(':')
    const landing = landings.get(id.slice(0, colon))
    const seq = Number(id.slice(colon + 1))
    return landing && landing.seqs.has(seq) ? sentenceId(landing.articleId, seq) : null
  }

  planSources(backup, library, plan)

  for (const original of backup.assessments) {
    const id = relocate(original.sentenceId)
    if (id === null) {
      plan.skipped.assessments.push(original)
      continue
    }
    const assessment = { ...original, sentenceId: id, articleId: articleOf(id) }
    mergeRecord(plan.assessments, plan.write.assessments, id, assessment, library.assessments.get(id), prefer)
  }

  for (const original of backup.links) {
    const from = relocate(original.fromSentenceId)
    const to = original.target.kind === 'sentence' ? relocate(original.target.sentenceId) : undefined
    if (from === null || to === null) {
      plan.skipped.links.push(original)
      continue
    }
    const link: Link = {
      ...original,
      fromSentenceId: from,
      articleId: articleOf(from),
      target: to === undefined ? original.target : { kind: 'sentence', sentenceId: to }
    }
    mergeRecord(plan.links, plan.write.links, link.id, link, library.links.get(link.id), prefer)
  }

  for (const original of backup.cases ?? []) {
    // A case lists its articles where they land; one whose text the library holds under another
    // id is listed under that id, and one not restored is left out.
    const articleIds = [
      ...new Set(
        original.articleIds.flatMap((id) => {
          const landing = landings.get(id)
          return landing ? [landing.articleId] : []
        })
      )
    ]
    const c: Case = { ...original, articleIds }
    mergeRecord(plan.cases, plan.write.cases, c.id, c, library.cases.get(c.id), prefer)
  }

  for (const original of backup.judgments ?? []) {
    const evidence: JudgmentEvidence[] = []
    for (const item of original.evidence) {
      if (item.target.kind !== 'sentence') {
        evidence.push(item)
        continue
      }
      const id = relocate(item.target.sentenceId)
      if (id === null) plan.skipped.evidence.push({ judgmentId: original.id, evidence: item })
      else evidence.push({ ...item, target: { kind: 'sentence', sentenceId: id } })
    }
    const { startedFrom, ...rest } = original
    const from = startedFrom === undefined ? null : relocate(startedFrom)
    const judgment: Judgment = { ...rest, evidence, ...(from === null ? {} : { startedFrom: from }) }
    mergeRecord(
      plan.judgments,
      plan.write.judgments,
      judgment.id,
      judgment,
      library.judgments.get(judgment.id),
      prefer
    )
  }

  plan.history = planTrail(backup, library.trail)
  plan.write.history = plan.history.entries

  countDuplicateRecords(backup, plan)
  plan.summary = summarise(plan)
  return plan
}

function planArticles(backup: Backup, library: LibrarySnapshot, plan: MergePlan): Map<string, Landing> {
  const landings = new Map<string, Landing>()
  const bySha = new Map<string, ArticleRecord>()
  for (const article of library.articles.values()) bySha.set(article.origin.sha256, article)
  const refs = libraryReferences(library)

  for (const article of backup.articles) {
    const { sentences } = article
    const details = detailsOf(article)
    const existing = library.articles.get(article.id)
    const existingTable = library.sentenceTables.get(article.id)

    if (existing) {
      const conflict: ArticleConflict = { id: article.id, title: article.title, differs: [], kept: 'library' }
      if (existing.origin.sha256 !== article.origin.sha256) {
        // The same id over another text is another article: never replaced, its grades not moved.
        conflict.differs.push('text')
        conflict.reason = 'the library’s article with this id has a different text'
        plan.articles.conflicts.push(conflict)
        continue
      }
      if (!sameJson(detailsOf(existing), details)) conflict.differs.push('details')
      const sameSentences = existingTable !== undefined && sameColumns(existingTable, sentences, true)
      if (!sameSentences) conflict.differs.push('sentences')
      if (conflict.differs.length === 0) {
        plan.articles.identical.push(article.id)
        landings.set(article.id, { articleId: article.id, seqs: new Set(sentences.seqs) })
        continue
      }
      let take = plan.prefer === 'backup'
      if (take && !sameSentences) {
        const kept = new Set(sentences.seqs)
        const stranded = (refs.get(article.id) ?? []).filter((seq) => !kept.has(seq)).length
        if (stranded > 0) {
          take = false
          conflict.reason = `${count(stranded, 'grade or link', 'grades or links')} in the library ${stranded === 1 ? 'is' : 'are'} on sentences the backup’s copy does not have`
        }
      }
      conflict.kept = take ? 'backup' : 'library'
      plan.articles.conflicts.push(conflict)
      if (take) {
        plan.write.articles.push(details)
        // Sequence numbers are never reused: the library may have handed out more than the backup.
        const nextSeq = Math.max(sentences.nextSeq, existingTable?.nextSeq ?? 0)
        plan.write.sentenceTables.push(tableFromColumns(article.id, { ...sentences, nextSeq }))
        landings.set(article.id, { articleId: article.id, seqs: new Set(sentences.seqs) })
      } else {
        landings.set(article.id, {
          articleId: article.id,
          seqs: new Set(Array.from(existingTable?.seqs ?? []))
        })
      }
      continue
    }

    const twin = bySha.get(article.origin.sha256)
    if (twin) {
      const twinTable = library.sentenceTables.get(twin.id)
      const matched = twinTable !== undefined && sameColumns(twinTable, sentences, false)
      plan.articles.duplicates.push({
        backupId: article.id,
        libraryId: twin.id,
        title: article.title,
        libraryTitle: twin.title,
        matched,
        assessments: 0,
        links: 0
      })
      if (matched) landings.set(article.id, { articleId: twin.id, seqs: new Set(sentences.seqs) })
      continue
    }

    plan.articles.added.push(details)
    plan.write.articles.push(details)
    plan.write.texts.push({ articleId: article.id, text: article.text })
    plan.write.sentenceTables.push(tableFromColumns(article.id, sentences))
    landings.set(article.id, { articleId: article.id, seqs: new Set(sentences.seqs) })
  }
  return landings
}

/** For each library article, the sequence numbers its grades and links (from or to) rest on. */
function libraryReferences(library: LibrarySnapshot): Map<string, number[]> {
  const refs = new Map<string, number[]>()
  const note = (id: string) => {
    const colon = id.lastIndexOf(':')
    const articleId = id.slice(0, colon)
    let seqs = refs.get(articleId)
    if (!seqs) refs.set(articleId, (seqs = []))
    seqs.push(Number(id.slice(colon + 1)))
  }
  for (const assessment of library.assessments.values()) note(assessment.sentenceId)
  for (const link of library.links.values()) {
    note(link.fromSentenceId)
    if (link.target.kind === 'sentence') note(link.target.sentenceId)
  }
  return refs
}

function planSources(backup: Backup, library: LibrarySnapshot, plan: MergePlan): void {
  const byName = new Map<string, Source>()
  for (const source of library.sources.values()) byName.set(nameKey(source.name), source)
  for (const source of backup.sources) {
    const existing = library.sources.get(source.id)
    if (!existing) {
      const namesake = byName.get(nameKey(source.name))
      if (namesake) plan.sources.possibleDuplicates.push({ backup: source, library: namesake })
    }
    mergeRecord(plan.sources, plan.write.sources, source.id, source, existing, plan.prefer)
  }
}

function mergeRecord<T>(
  merge: RecordMerge<T>,
  write: T[],
  id: string,
  incoming: T,
  existing: T | undefined,
  prefer: MergePolicy
): void {
  if (existing === undefined) {
    merge.added.push(incoming)
    write.push(incoming)
  } else if (sameJson(existing, incoming)) {
    merge.identical.push(id)
  } else {
    merge.conflicts.push({ id, library: existing, backup: incoming, kept: prefer })
    if (prefer === 'backup') write.push(incoming)
  }
}

/** How many grades and links each duplicate article brought along. */
function countDuplicateRecords(backup: Backup, plan: MergePlan): void {
  if (plan.articles.duplicates.length === 0) return
  const byId = new Map(plan.articles.duplicates.map((d) => [d.backupId, d]))
  for (const a of backup.assessments) {
    const duplicate = byId.get(a.articleId)
    if (duplicate) duplicate.assessments++
  }
  for (const link of backup.links) {
    const from = byId.get(link.articleId)
    if (from) from.links++
    const to = link.target.kind === 'sentence' ? byId.get(articleOf(link.target.sentenceId)) : undefined
    if (to && to !== from) to.links++
  }
}

function articleOf(id: string): string {
  return id.slice(0, id.lastIndexOf(':'))
}

function nameKey(name: string): string {
  return name.normalize('NFC').trim().toLowerCase()
}

function sameJson(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b)
}

/** An article's record without text and sentences; `undefined` members dropped. */
function detailsOf(article: ArticleRecord | BackupArticle): ArticleRecord {
  const { text: _text, sentences: _sentences, ...details } = article as BackupArticle
  return JSON.parse(JSON.stringify(details)) as ArticleRecord
}

/** Same sentences: sequence numbers and ranges, and with `withKinds` the kinds and nextSeq too. */
function sameColumns(table: SentenceTableInput, columns: SentenceColumns, withKinds: boolean): boolean {
  const n = columns.seqs.length
  if (table.seqs.length !== n || table.starts.length !== n || table.ends.length !== n) return false
  if (withKinds && (table.nextSeq !== columns.nextSeq || table.kinds.length !== n)) return false
  for (let i = 0; i < n; i++) {
    if (
      table.seqs[i] !== columns.seqs[i] ||
      table.starts[i] !== columns.starts[i] ||
      table.ends[i] !== columns.ends[i]
    )
      return false
    if (withKinds && SENTENCE_KINDS[table.kinds[i]] !== columns.kinds[i]) return false
  }
  return true
}
