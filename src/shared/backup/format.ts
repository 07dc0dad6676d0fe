// The workspace backup file: the whole library as plain JSON (DESIGN.md §3, §5). Version 2 adds
// the workspace that wrote it and its Ed25519 signature; version 1 files are read as unsigned.
// Version 3 adds cases and key judgments; in versions 1 and 2 a key judgment was a mark on a
// sentence's assessment (`keyJudgment`), which a restore converts. The schemas say exactly what a
// restore accepts; the static types are inferred from them.
import { z } from 'zod'
import {
  MAX_ID_CHARS,
  MAX_LIST_ENTRIES,
  MAX_NAME_CHARS,
  MAX_NOTE_CHARS,
  MAX_TEXT_CHARS,
  MAX_UINT32,
  MAX_URL_CHARS
} from '../limits'
import {
  ATTRIBUTION_ROLES,
  CLAIM_TYPES,
  CONFIDENCE_WORDS,
  CORROBORATION_STATUSES,
  CREDIBILITY_GRADES,
  LIKELIHOOD_WORDS,
  LINK_RELATIONS,
  RELIABILITY_GRADES,
  SENTENCE_KINDS,
  SOURCE_KINDS,
  type Article,
  type Assessment,
  type Case,
  type HistoryEntry,
  type Judgment,
  type Link,
  type Source
} from '../model'

export const BACKUP_FORMAT = 'sourcemark-backup'
/** The version this build writes and the newest it reads. */
export const BACKUP_VERSION = 3

// The limits live apart, so the editing rules can read them without these schemas.
export {
  MAX_ID_CHARS,
  MAX_LIST_ENTRIES,
  MAX_NAME_CHARS,
  MAX_NOTE_CHARS,
  MAX_TEXT_CHARS,
  MAX_UINT32,
  MAX_URL_CHARS
}

const HISTORY_ENTITIES = [
  'article',
  'text',
  'sentences',
  'source',
  'assessment',
  'link',
  'case',
  'judgment',
  'trail'
] as const
const ORIGIN_KINDS = ['sample', 'paste', 'file'] as const

const text = (max: number) => z.string().max(max, `is longer than ${max} characters`)
const nonEmpty = (max: number) => text(max).min(1, 'must not be empty')
const id = nonEmpty(MAX_ID_CHARS)
const isoDateTime = z.iso.datetime({
  offset: true,
  error: 'must be an ISO date-time such as 2026-11-26T15:30:00.000Z'
})
const isoDate = z.iso.date({ error: 'must be a date such as 2026-11-26' })
const webAddress = text(MAX_URL_CHARS).regex(
  /^https?:\/\/\S+$/i,
  'must be a web address (http:// or https://)'
)
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hexadecimal digits')
const uint32 = z
  .int({ error: 'must be a whole number ≥ 0' })
  .min(0, 'must be a whole number ≥ 0')
  .max(MAX_UINT32, `must be at most ${MAX_UINT32}`)
const list = <T extends z.ZodType>(item: T, max = MAX_LIST_ENTRIES) =>
  z.array(item).max(max, `has more than ${max} entries`)

const originSchema = z.strictObject({
  kind: z.enum(ORIGIN_KINDS),
  fileName: text(MAX_NAME_CHARS).optional(),
  mediaType: text(MAX_NAME_CHARS).optional(),
  sha256
})

/** An article's sentences as parallel columns; `seqs[i]` makes sentence i's id `${articleId}:${seq}`. */
export const sentenceColumnsSchema = z.strictObject({
  nextSeq: uint32,
  seqs: z.array(uint32),
  starts: z.array(uint32),
  ends: z.array(uint32),
  kinds: z.array(z.enum(SENTENCE_KINDS))
})

export const backupArticleSchema = z.strictObject({
  id,
  title: nonEmpty(MAX_NAME_CHARS),
  outlet: text(MAX_NAME_CHARS).optional(),
  author: text(MAX_NAME_CHARS).optional(),
  publishedAt: isoDate.optional(),
  url: webAddress.optional(),
  language: z
    .string()
    .max(35, 'is longer than 35 characters')
    .regex(/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/, 'must be a language tag such as en or de-CH'),
  text: nonEmpty(MAX_TEXT_CHARS),
  importedAt: isoDateTime,
  origin: originSchema,
  sentences: sentenceColumnsSchema
})

export const sourceSchema = z.strictObject({
  id,
  name: nonEmpty(MAX_NAME_CHARS),
  aliases: list(nonEmpty(MAX_NAME_CHARS)),
  kind: z.enum(SOURCE_KINDS),
  affiliation: text(MAX_NAME_CHARS).optional(),
  description: text(MAX_NOTE_CHARS).optional(),
  reliability: z.enum(RELIABILITY_GRADES).nullable(),
  reliabilityNote: text(MAX_NOTE_CHARS).optional()
})

export const assessmentSchema = z.strictObject({
  sentenceId: id,
  articleId: id,
  attributions: list(z.strictObject({ sourceId: id, role: z.enum(ATTRIBUTION_ROLES) })),
  credibility: z.literal(CREDIBILITY_GRADES, { error: 'must be 1, 2, 3, 4, 5, 6 or null' }).nullable(),
  claimType: z.enum(CLAIM_TYPES),
  corroborationOverride: z
    .strictObject({ status: z.enum(CORROBORATION_STATUSES), reason: text(MAX_NOTE_CHARS) })
    .optional(),
  /** Versions 1 and 2 only: the sentence was marked as a key judgment (see judgments/legacy.ts). */
  keyJudgment: z.boolean().optional(),
  note: text(MAX_NOTE_CHARS),
  tags: list(nonEmpty(MAX_NAME_CHARS)),
  target: z.strictObject({
    exact: text(MAX_TEXT_CHARS),
    prefix: text(MAX_NAME_CHARS).optional(),
    suffix: text(MAX_NAME_CHARS).optional()
  }),
  updatedAt: isoDateTime
})

const linkTargetSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('sentence'), sentenceId: id }),
    z.strictObject({
      kind: z.literal('external'),
      citation: nonEmpty(MAX_NOTE_CHARS),
      url: webAddress.optional(),
      sourceId: id.optional(),
      accessedOn: isoDate.optional()
    })
  ],
  { error: 'must be "sentence" or "external"' }
)

export const linkSchema = z.strictObject({
  id,
  fromSentenceId: id,
  articleId: id,
  relation: z.enum(LINK_RELATIONS),
  target: linkTargetSchema,
  note: text(MAX_NOTE_CHARS),
  createdAt: isoDateTime
})

const caseHeaderSchema = z.strictObject({
  title: text(MAX_NAME_CHARS),
  analyst: text(MAX_NAME_CHARS),
  handling: text(MAX_NAME_CHARS),
  bluf: text(MAX_NOTE_CHARS),
  audience: text(MAX_NAME_CHARS),
  date: z
    .string()
    .refine(
      (value) => value === '' || isoDate.safeParse(value).success,
      'must be a date such as 2026-11-26, or empty'
    )
})

/** Version 3: a case, a named set of articles with its brief header. */
export const caseSchema = z.strictObject({
  id,
  name: nonEmpty(MAX_NAME_CHARS),
  articleIds: list(id),
  header: caseHeaderSchema,
  createdAt: isoDateTime,
  updatedAt: isoDateTime
})

const judgmentEvidenceSchema = z.strictObject({
  relation: z.enum(['supports', 'contradicts']),
  target: linkTargetSchema,
  note: text(MAX_NOTE_CHARS)
})

/** Version 3: a key judgment of a case, in the analyst's words. */
export const judgmentSchema = z.strictObject({
  id,
  caseId: id,
  position: uint32,
  text: text(MAX_NOTE_CHARS),
  likelihood: z.enum(LIKELIHOOD_WORDS).nullable(),
  confidence: z.enum(CONFIDENCE_WORDS).nullable(),
  confidenceReason: text(MAX_NOTE_CHARS),
  evidence: list(judgmentEvidenceSchema),
  assumptions: text(MAX_NOTE_CHARS),
  alternatives: text(MAX_NOTE_CHARS),
  needsRewording: z.boolean(),
  startedFrom: id.optional(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime
})

export const historyEntrySchema = z.strictObject({
  id: z.int().min(1, 'must be a whole number ≥ 1').optional(),
  action: text(MAX_ID_CHARS).optional(),
  at: isoDateTime,
  entity: z.enum(HISTORY_ENTITIES),
  entityId: nonEmpty(MAX_NAME_CHARS),
  // Whatever the row was: JSON.parse made it, so it is JSON; the hash chain vouches for it.
  before: z.unknown(),
  after: z.unknown(),
  hash: sha256,
  prevHash: sha256,
  chain: id.optional(),
  stateHash: sha256.optional(),
  tableHashing: z.literal('bytes').optional()
})

const hex = (bytes: number) =>
  z
    .string()
    .regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`), `must be ${bytes * 2} lowercase hexadecimal digits`)

export const backupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal([1, 2, BACKUP_VERSION], { error: `must be 1, 2 or ${BACKUP_VERSION}` }),
  exportedAt: isoDateTime,
  app: z.strictObject({ name: z.literal('Sourcemark'), version: text(MAX_ID_CHARS).optional() }),
  articles: z.array(backupArticleSchema),
  sources: z.array(sourceSchema),
  assessments: z.array(assessmentSchema),
  links: z.array(linkSchema),
  /** Version 3. */
  cases: z.array(caseSchema).optional(),
  /** Version 3. */
  judgments: z.array(judgmentSchema).optional(),
  history: z.array(historyEntrySchema).optional(),
  /** Versions 2 and 3: the workspace that wrote the backup, and its Ed25519 public key. */
  workspace: z.strictObject({ id, publicKey: hex(32) }).optional(),
  /** Versions 2 and 3: Ed25519 signature over the SHA-256 of the canonical JSON of all the rest. */
  signature: hex(64).optional()
})

export type Backup = z.infer<typeof backupSchema>
export type BackupArticle = z.infer<typeof backupArticleSchema>
export type SentenceColumns = z.infer<typeof sentenceColumnsSchema>

// The file holds the model's records exactly: these fail to compile if the two drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const sameArticle: Same<Omit<BackupArticle, 'sentences'>, Article> = true
const sameSource: Same<z.infer<typeof sourceSchema>, Source> = true
// An assessment of a version-1 or -2 file may also carry the old key-judgment mark.
const sameAssessment: Same<Omit<z.infer<typeof assessmentSchema>, 'keyJudgment'>, Assessment> = true
const sameLink: Same<z.infer<typeof linkSchema>, Link> = true
const sameCase: Same<z.infer<typeof caseSchema>, Case> = true
const sameJudgment: Same<z.infer<typeof judgmentSchema>, Judgment> = true
const sameHistory: Same<z.infer<typeof historyEntrySchema>, HistoryEntry> = true
void [sameArticle, sameSource, sameAssessment, sameLink, sameCase, sameJudgment, sameHistory]
