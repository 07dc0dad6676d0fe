// The source registry, shared by every article in the library.
import { evidenceKey } from '@shared/judgments'
import { reassigned } from '@shared/sources/attributions'
import { guessSourceKind } from '@shared/sources/names'
import type {
  Judgment,
  JudgmentEvidence,
  Link,
  LinkTarget,
  Reliability,
  Sentence,
  Source,
  SourceKind
} from '@shared/model'
import { trackRecord, type TrackRecord } from '@shared/sources/track-record'
import type { SourcemarkDatabase } from './database'
import { runAction, type RecordChange } from './history'
import { expandSentences } from './sentences'

export interface SourceDraft {
  name: string
  kind?: SourceKind
  reliability?: Reliability
  affiliation?: string
  description?: string
  aliases?: string[]
}

/** Creates a source, or returns the existing one with the same name (case-insensitive). */
export function createSource(db: SourcemarkDatabase, draft: SourceDraft): Promise<Source> {
  return runAction(db, [db.sources], (record) => ensureSource(db, draft, record), 'Create source')
}

/** Inside an action over `db.sources`: the source the draft names, created if the registry lacks it. */
export async function ensureSource(
  db: SourcemarkDatabase,
  draft: SourceDraft,
  record: RecordChange
): Promise<Source> {
  const name = normaliseSourceName(draft.name)
  if (!name) throw new Error('Source: a source needs a name.')
  const existing = await findSourceByName(db, name)
  if (existing) return existing
  const source: Source = {
    id: crypto.randomUUID(),
    name,
    aliases: draft.aliases?.filter((a) => a.trim() && a.trim() !== name) ?? [],
    // A name that says its kind ("CNN", "Ministry of Defence") is filed under it, not under other.
    kind: draft.kind ?? guessSourceKind(name) ?? 'other',
    // Not graded until the analyst grades it: a letter here would read as the analyst's judgment.
    reliability: draft.reliability ?? null,
    ...(draft.affiliation ? { affiliation: draft.affiliation } : {}),
    ...(draft.description ? { description: draft.description } : {})
  }
  await db.sources.add(source)
  await record({ entity: 'source', entityId: source.id, before: null, after: source })
  return source
}

/** A name as the registry compares it: trimmed, inner spaces collapsed. */
export function normaliseSourceName(name: string): string {
  return name.trim().replace(/\s+/g, ' ')
}

/** Whether the source goes by this name or alias, whatever the case: the one rule for "same source". */
export function isNamed(source: Pick<Source, 'name' | 'aliases'>, name: string): boolean {
  const wanted = normaliseSourceName(name).toLocaleLowerCase()
  return (
    wanted !== '' &&
    (source.name.toLocaleLowerCase() === wanted ||
      source.aliases.some((a) => a.toLocaleLowerCase() === wanted))
  )
}

export async function findSourceByName(db: SourcemarkDatabase, name: string): Promise<Source | undefined> {
  return db.sources.filter((s) => isNamed(s, name)).first()
}

export async function updateSource(
  db: SourcemarkDatabase,
  id: string,
  patch: Partial<Omit<Source, 'id'>>
): Promise<void> {
  await runAction(
    db,
    [db.sources],
    async (record) => {
      const before = await db.sources.get(id)
      if (!before) throw new Error(`Source ${id} no longer exists.`)
      const after = { ...before, ...patch }
      await db.sources.put(after)
      await record({ entity: 'source', entityId: id, before, after })
    },
    'Edit source'
  )
}

/** Where a source is cited: what deleting it would break, and what merging it would move. */
export interface SourceUsage {
  /** Articles with sentences attributed to the source, each with how many, in title order. */
  articles: { id: string; title: string; sentences: number }[]
  /** Sentences attributed to the source, in every article. */
  sentences: number
  /** External evidence links that cite the source. */
  links: number
  /** Key judgments with an external citation of the source among their evidence. */
  judgments: number
}

export async function sourceUsage(db: SourcemarkDatabase, id: string): Promise<SourceUsage> {
  // No index on attributions: a registry-wide change is rare, and a scan of the grades is cheap.
  const assessments = await db.assessments
    .filter((a) => a.attributions.some((x) => x.sourceId === id))
    .toArray()
  const links = await db.links.filter((l) => citesSource(l, id)).count()
  const judgments = await db.judgments.filter((j) => j.evidence.some((e) => citesSource(e, id))).count()
  const perArticle = new Map<string, number>()
  for (const a of assessments) perArticle.set(a.articleId, (perArticle.get(a.articleId) ?? 0) + 1)
  const titles = await db.articles.bulkGet([...perArticle.keys()])
  const articles = [...perArticle].map(([articleId, sentences], i) => ({
    id: articleId,
    title: titles[i]?.title ?? articleId,
    sentences
  }))
  articles.sort((a, b) => a.title.localeCompare(b.title))
  return { articles, sentences: assessments.length, links, judgments }
}

/** How many sentences and evidence links cite each source: the registry's list, in one pass. */
export async function citationCounts(db: SourcemarkDatabase): Promise<Map<string, number>> {
  const counts = new Map<string, number>()
  const add = (id: string) => counts.set(id, (counts.get(id) ?? 0) + 1)
  await db.assessments.each((a) => new Set(a.attributions.map((x) => x.sourceId)).forEach(add))
  await db.links.each((l) => l.target.kind === 'external' && l.target.sourceId && add(l.target.sourceId))
  await db.judgments.each((j) =>
    j.evidence.forEach((e) => e.target.kind === 'external' && e.target.sourceId && add(e.target.sourceId))
  )
  return counts
}

/** `12 sentences in 3 articles and 2 evidence links`; empty when the source is not used. */
export function describeUsage(usage: SourceUsage): string {
  const parts: string[] = []
  if (usage.sentences > 0) {
    parts.push(`${count(usage.sentences, 'sentence')} in ${count(usage.articles.length, 'article')}`)
  }
  if (usage.links > 0) parts.push(count(usage.links, 'evidence link'))
  if (usage.judgments > 0) parts.push(count(usage.judgments, 'key judgment'))
  return parts.join(' and ')
}

const count = (n: number, one: string): string => `${n} ${n === 1 ? one : `${one}s`}`

function citesSource(item: Pick<Link | JudgmentEvidence, 'target'>, id: string): boolean {
  return item.target.kind === 'external' && item.target.sourceId === id
}

/**
 * Deletes a source nothing cites. A cited one is refused, naming where it is used: deleting it
 * would leave grades pointing at nothing (merge it into another source instead).
 */
export function deleteSource(db: SourcemarkDatabase, id: string): Promise<void> {
  return runAction(
    db,
    [db.sources, db.assessments, db.links, db.articles, db.judgments],
    async (record) => {
      const source = await db.sources.get(id)
      if (!source) throw new Error('That source is no longer in the registry.')
      const usage = await sourceUsage(db, id)
      if (usage.sentences > 0 || usage.links > 0 || usage.judgments > 0) {
        const where = usage.articles.map((a) => `${count(a.sentences, 'sentence')} in “${a.title}”`)
        if (usage.links > 0) where.push(count(usage.links, 'evidence link'))
        if (usage.judgments > 0) where.push(count(usage.judgments, 'key judgment'))
        throw new Error(
          `“${source.name}” cannot be deleted: it is cited by ${where.join(', ')}. Merge it into another source instead.`
        )
      }
      await db.sources.delete(id)
      await record({ entity: 'source', entityId: id, before: source, after: null })
    },
    'Delete source'
  )
}

export interface MergeOutcome {
  sentences: number
  articles: number
  links: number
}

/**
 * Merges source `fromId` into `intoId` as one undoable action: every attribution, every external
 * link and key judgment citation citing it then cites the other, its names become the other's aliases, and it
 * leaves the registry. A sentence attributed to both keeps the target's attribution (role and
 * position) and loses the duplicate.
 */
export function mergeSources(db: SourcemarkDatabase, fromId: string, intoId: string): Promise<MergeOutcome> {
  if (fromId === intoId) return Promise.reject(new Error('A source cannot be merged into itself.'))
  return runAction(
    db,
    [db.sources, db.assessments, db.links, db.judgments],
    async (record) => {
      const from = await db.sources.get(fromId)
      const into = await db.sources.get(intoId)
      if (!from || !into) throw new Error('One of the two sources is no longer in the registry.')
      const outcome = await moveCitations(db, fromId, intoId, record)
      const merged: Source = {
        ...into,
        aliases: mergedAliases(into, from),
        // The target keeps its own grade; one it lacks is taken from the merged source, not lost.
        reliability: into.reliability ?? from.reliability,
        ...(into.reliabilityNote || !from.reliabilityNote ? {} : { reliabilityNote: from.reliabilityNote })
      }
      await db.sources.put(merged)
      await record({ entity: 'source', entityId: intoId, before: into, after: merged })
      await db.sources.delete(fromId)
      await record({ entity: 'source', entityId: fromId, before: from, after: null })
      return outcome
    },
    'Merge sources'
  )
}

/**
 * Deletes a source that is cited, as one undoable action: what cited it cites `intoId` instead,
 * exactly as in a merge, but its names are not kept — the deleted source was wrong, not a twin.
 */
export function deleteSourceReassigning(
  db: SourcemarkDatabase,
  fromId: string,
  intoId: string
): Promise<MergeOutcome> {
  if (fromId === intoId) return Promise.reject(new Error('A source cannot be reassigned to itself.'))
  return runAction(
    db,
    [db.sources, db.assessments, db.links, db.judgments],
    async (record) => {
      const from = await db.sources.get(fromId)
      if (!from || !(await db.sources.get(intoId)))
        throw new Error('One of the two sources is no longer in the registry.')
      const outcome = await moveCitations(db, fromId, intoId, record)
      await db.sources.delete(fromId)
      await record({ entity: 'source', entityId: fromId, before: from, after: null })
      return outcome
    },
    'Delete source'
  )
}

/** Inside an action: every attribution, external link and judgment citation of `fromId` cites `intoId`. */
async function moveCitations(
  db: SourcemarkDatabase,
  fromId: string,
  intoId: string,
  record: RecordChange
): Promise<MergeOutcome> {
  const cited = await db.assessments
    .filter((a) => a.attributions.some((x) => x.sourceId === fromId))
    .toArray()
  const articles = new Set<string>()
  for (const before of cited) {
    const attributions = reassigned(before.attributions, fromId, intoId)
    const after = { ...before, attributions, updatedAt: new Date().toISOString() }
    await db.assessments.put(after)
    await record({ entity: 'assessment', entityId: before.sentenceId, before, after })
    articles.add(before.articleId)
  }

  const links = await db.links.filter((l) => citesSource(l, fromId)).toArray()
  for (const before of links) {
    const after: Link = { ...before, target: { ...before.target, sourceId: intoId } as LinkTarget }
    await db.links.put(after)
    await record({ entity: 'link', entityId: before.id, before, after })
  }

  for (const before of await db.judgments
    .filter((j) => j.evidence.some((e) => citesSource(e, fromId)))
    .toArray()) {
    const after: Judgment = { ...before, evidence: recited(before.evidence, fromId, intoId) }
    await db.judgments.put(after)
    await record({ entity: 'judgment', entityId: before.id, before, after })
  }
  return { sentences: cited.length, articles: articles.size, links: links.length }
}

/** Evidence citing `fromId` cites `intoId`; a citation that then repeats one already there goes. */
function recited(evidence: JudgmentEvidence[], fromId: string, intoId: string): JudgmentEvidence[] {
  const out: JudgmentEvidence[] = []
  for (const item of evidence) {
    const moved = citesSource(item, fromId)
      ? { ...item, target: { ...item.target, sourceId: intoId } as LinkTarget }
      : item
    if (!out.some((e) => evidenceKey(e) === evidenceKey(moved))) out.push(moved)
  }
  return out
}

/** The target's aliases, then the merged source's name and aliases, once each whatever the case. */
function mergedAliases(into: Source, from: Source): string[] {
  const seen = new Set([into.name.toLocaleLowerCase()])
  const out: string[] = []
  for (const alias of [...into.aliases, from.name, ...from.aliases]) {
    const key = alias.toLocaleLowerCase()
    if (seen.has(key)) continue
    seen.add(key)
    out.push(alias)
  }
  return out
}

/**
 * A source's track record across the library (see @shared/sources/track-record): its grades,
 * every link, and the sentence tables of the articles it appears in, read in one transaction.
 */
export function sourceTrackRecord(db: SourcemarkDatabase, id: string): Promise<TrackRecord> {
  return db.transaction('r', [db.assessments, db.links, db.sentences, db.articles, db.sources], async () => {
    const assessments = await db.assessments.toArray()
    const articleIds = [
      ...new Set(
        assessments.filter((a) => a.attributions.some((x) => x.sourceId === id)).map((a) => a.articleId)
      )
    ]
    const [links, tables, articles, sources] = await Promise.all([
      db.links.toArray(),
      db.sentences.bulkGet(articleIds),
      db.articles.bulkGet(articleIds),
      db.sources.toArray()
    ])
    const sentences = new Map<string, Sentence>()
    for (const table of tables) if (table) for (const s of expandSentences(table)) sentences.set(s.id, s)
    return trackRecord(id, {
      assessments: new Map(assessments.map((a) => [a.sentenceId, a])),
      links,
      sentences,
      titles: new Map(articles.flatMap((a) => (a ? [[a.id, a.title] as const] : []))),
      sources: new Map(sources.map((s) => [s.id, s]))
    })
  })
}
