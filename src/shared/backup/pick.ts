// The model's fields of each record, and nothing else: what a backup copies and what the audit
// trail binds. Apart from serialize.ts so that the trail's hashing, which runs on every write,
// does not bring the backup writer (and its signing) into the app's first load.
import type { LegacyAssessment } from '../judgments/legacy'
import type {
  Article,
  Case,
  HistoryEntry,
  Judgment,
  JudgmentEvidence,
  Link,
  LinkTarget,
  Source
} from '../model'

/** `value` without its undefined members, which JSON would drop anyway. */
export function defined<T extends object>(value: T): T {
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

export function pickHistoryEntry(e: HistoryEntry): HistoryEntry {
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
    stateHash: e.stateHash,
    tableHashing: e.tableHashing
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
