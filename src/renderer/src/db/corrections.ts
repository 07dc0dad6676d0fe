// The analyst's corrections of the segmentation: split a sentence at the caret, merge it with
// the next. Each is one undoable action; grades, notes, links and key judgments' evidence survive it.
import { evidenceKey } from '@shared/judgments'
import type { Assessment, Judgment, JudgmentEvidence, Link, SentenceKind } from '@shared/model'
import { kindCode, sentenceId } from '@shared/model'
import { quoteSelector } from '@shared/text'
import type { SourcemarkDatabase } from './database'
import { getArticle } from './articles'
import { sentenceAt, withRow } from './sentences'
import { runAction } from './history'

const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c)

/**
 * Splits the sentence at article offset `at`: the first part keeps the sentence's id, and so its
 * assessment and links; the second part is a new sentence. Whitespace at the cut goes to neither.
 */
export async function splitSentence(
  db: SourcemarkDatabase,
  articleId: string,
  id: string,
  at: number
): Promise<{ firstId: string; secondId: string }> {
  return runAction(
    db,
    [db.articles, db.texts, db.sentences, db.assessments],
    async (record) => {
      const { text, table, index } = await load(db, articleId, id)
      let firstEnd = at
      while (firstEnd > table.starts[index] && isSpace(text[firstEnd - 1])) firstEnd--
      let secondStart = at
      while (secondStart < table.ends[index] && isSpace(text[secondStart])) secondStart++
      if (firstEnd <= table.starts[index] || secondStart >= table.ends[index]) {
        throw new Error('Split: place the caret between two words of the sentence, not at its start or end.')
      }
      const seq = table.nextSeq
      const kind = sentenceAt(table, index).kind === 'heading' ? 'heading' : 'body'
      const after = withRow(table, index + 1, { seq, start: secondStart, end: table.ends[index], kind })
      after.nextSeq = seq + 1
      after.ends[index] = firstEnd
      await db.sentences.put(after)
      await record({ entity: 'sentences', entityId: articleId, before: table, after })
      await reanchor(db, id, text, table.starts[index], firstEnd, record)
      const secondId = sentenceId(articleId, seq)
      await inheritGrade(db, id, secondId, quoteSelector(text, secondStart, table.ends[index]), record)
      return { firstId: id, secondId }
    },
    'Split sentence'
  )
}

/** Which grade a merge of two graded sentences keeps: the first sentence's or the second's. */
export type MergeKeep = 'first' | 'second'

/** Two graded sentences about to be merged: the analyst chooses which grade the merge keeps. */
export interface MergeQuestion {
  first: { number: number; assessment: Assessment }
  second: { number: number; assessment: Assessment }
}

/** Refused merge: both sentences are graded and no choice of grade was given. Nothing is written. */
export class MergeNeedsChoice extends Error {
  override name = 'MergeNeedsChoice'
  constructor(readonly question: MergeQuestion) {
    super(
      `Merge: sentences ${question.first.number} and ${question.second.number} are both graded; ` +
        'choose which grade the merged sentence keeps.'
    )
  }
}

/** Whether an assessment holds anything of the analyst's that a merge could drop. */
export function hasGrade(a: Assessment | undefined): a is Assessment {
  return (
    !!a &&
    (a.credibility != null ||
      a.attributions.length > 0 ||
      a.note.trim() !== '' ||
      a.corroborationOverride != null ||
      a.tags.length > 0)
  )
}

/** The question to ask before merging the sentence with the next, or null when there is none. */
export async function mergeQuestion(
  db: SourcemarkDatabase,
  articleId: string,
  id: string
): Promise<MergeQuestion | null> {
  return db.transaction('r', [db.articles, db.texts, db.sentences, db.assessments], async () => {
    const { table, index } = await load(db, articleId, id)
    if (index + 1 >= table.seqs.length) return null
    return askFor(db, table.seqs, index, articleId)
  })
}

async function askFor(
  db: SourcemarkDatabase,
  seqs: ArrayLike<number>,
  index: number,
  articleId: string
): Promise<MergeQuestion | null> {
  const first = await db.assessments.get(sentenceId(articleId, seqs[index]))
  const second = await db.assessments.get(sentenceId(articleId, seqs[index + 1]))
  if (!hasGrade(first) || !hasGrade(second) || sameGrade(first, second)) return null
  return {
    first: { number: index + 1, assessment: first },
    second: { number: index + 2, assessment: second }
  }
}

/**
 * Merges the sentence with the one after it, keeping its id. When only one of the two is graded,
 * the merged sentence has that grade; when both are, `keep` says whose grade it keeps (without it
 * the merge is refused with MergeNeedsChoice) and nothing of the other is dropped silently: its
 * note is appended to the kept note, and its tags join the kept ones.
 * Links to or from either point at the merged sentence; a link between the two is dropped. Key
 * judgments' evidence on the second sentence is evidence on the merged one.
 */
export async function mergeWithNext(
  db: SourcemarkDatabase,
  articleId: string,
  id: string,
  keep?: MergeKeep
): Promise<string> {
  return runAction(
    db,
    [db.articles, db.texts, db.sentences, db.assessments, db.links, db.judgments],
    async (record) => {
      const { text, table, index } = await load(db, articleId, id)
      if (index + 1 >= table.seqs.length)
        throw new Error('Merge: this is the last sentence; there is none after it.')
      const nextId = sentenceId(articleId, table.seqs[index + 1])
      // Asked again inside the transaction: another window may have graded one since.
      const question = await askFor(db, table.seqs, index, articleId)
      if (question && !keep) throw new MergeNeedsChoice(question)

      const after = withRow(table, index + 1, null)
      after.ends[index] = table.ends[index + 1]
      after.kinds[index] = kindCode(
        mergedKind(sentenceAt(table, index).kind, sentenceAt(table, index + 1).kind)
      )
      await db.sentences.put(after)
      await record({ entity: 'sentences', entityId: articleId, before: table, after })

      const first = await db.assessments.get(id)
      const second = await db.assessments.get(nextId)
      if (second) {
        await db.assessments.delete(nextId)
        await record({ entity: 'assessment', entityId: nextId, before: second, after: null })
      }
      // Without a question, the grade is the one graded sentence's (an ungraded row has none).
      const choice = question ? keep! : hasGrade(second) && !hasGrade(first) ? 'second' : 'first'
      const kept = mergeAssessments(first, second, choice)
      if (kept) {
        const anchored: Assessment = {
          ...kept,
          sentenceId: id,
          target: quoteSelector(text, after.starts[index], after.ends[index]),
          updatedAt: new Date().toISOString()
        }
        await db.assessments.put(anchored)
        await record({ entity: 'assessment', entityId: id, before: first ?? null, after: anchored })
      }
      await repointLinks(db, nextId, id, record)
      await repointEvidence(db, nextId, id, record)
      return id
    },
    'Merge sentences'
  )
}

/**
 * Two halves of a split keep the same grade: merging them back needs no choice (the notes and
 * tags are joined as in any merge).
 */
function sameGrade(a: Assessment, b: Assessment): boolean {
  return (
    a.credibility === b.credibility &&
    a.claimType === b.claimType &&
    JSON.stringify(a.attributions) === JSON.stringify(b.attributions) &&
    JSON.stringify(a.corroborationOverride ?? null) === JSON.stringify(b.corroborationOverride ?? null)
  )
}

function mergeAssessments(
  first: Assessment | undefined,
  second: Assessment | undefined,
  keep: MergeKeep
): Assessment | undefined {
  if (!first || !second) return first ?? second
  const [kept, other] = keep === 'first' ? [first, second] : [second, first]
  return {
    ...kept,
    note: [kept.note, other.note].filter((n) => n.trim()).join('\n\n'),
    tags: [...new Set([...kept.tags, ...other.tags])]
  }
}

function mergedKind(first: SentenceKind, second: SentenceKind): SentenceKind {
  return first === 'heading' && second !== 'heading' ? second : first
}

type RecordChange = (change: {
  entity: 'link' | 'assessment' | 'judgment'
  entityId: string
  before: unknown
  after: unknown
}) => Promise<unknown>

async function repointLinks(db: SourcemarkDatabase, fromId: string, toId: string, record: RecordChange) {
  const touching = [
    ...(await db.links.where('fromSentenceId').equals(fromId).toArray()),
    ...(await db.links.where('target.sentenceId').equals(fromId).toArray())
  ]
  for (const link of new Map(touching.map((l) => [l.id, l])).values()) {
    const moved: Link = {
      ...link,
      fromSentenceId: link.fromSentenceId === fromId ? toId : link.fromSentenceId,
      target:
        link.target.kind === 'sentence' && link.target.sentenceId === fromId
          ? { kind: 'sentence', sentenceId: toId }
          : link.target
    }
    const selfLink = moved.target.kind === 'sentence' && moved.target.sentenceId === moved.fromSentenceId
    if (selfLink) await db.links.delete(link.id)
    else await db.links.put(moved)
    await record({ entity: 'link', entityId: link.id, before: link, after: selfLink ? null : moved })
  }
}

/**
 * Key judgments' evidence on sentence `fromId` becomes evidence on `toId`, as do judgments started
 * from it. A judgment that already cites `toId` keeps that item (the moved one's note appended):
 * one sentence is one piece of a judgment's evidence.
 */
async function repointEvidence(db: SourcemarkDatabase, fromId: string, toId: string, record: RecordChange) {
  const cites = (j: Judgment) =>
    j.startedFrom === fromId ||
    j.evidence.some((e) => e.target.kind === 'sentence' && e.target.sentenceId === fromId)
  for (const before of await db.judgments.filter(cites).toArray()) {
    const evidence: JudgmentEvidence[] = []
    for (const item of before.evidence) {
      const moved: JudgmentEvidence =
        item.target.kind === 'sentence' && item.target.sentenceId === fromId
          ? { ...item, target: { kind: 'sentence', sentenceId: toId } }
          : item
      const kept = evidence.find((e) => evidenceKey(e) === evidenceKey(moved))
      if (!kept) evidence.push(moved)
      else if (moved.note.trim()) kept.note = [kept.note, moved.note].filter((n) => n.trim()).join('\n\n')
    }
    const after: Judgment = {
      ...before,
      evidence,
      ...(before.startedFrom === fromId ? { startedFrom: toId } : {})
    }
    await db.judgments.put(after)
    await record({ entity: 'judgment', entityId: before.id, before, after })
  }
}

/**
 * The second half of a split says what the first half said, from the same sources: it keeps their
 * attributions, credibility and claim type. Not the note, which was written about the whole
 * sentence, nor the tags, links, override or judgments' evidence, which stay with the first half.
 */
async function inheritGrade(
  db: SourcemarkDatabase,
  firstId: string,
  secondId: string,
  target: Assessment['target'],
  record: RecordChange
) {
  const first = await db.assessments.get(firstId)
  if (!first || (first.attributions.length === 0 && first.credibility == null)) return
  const second: Assessment = {
    sentenceId: secondId,
    articleId: first.articleId,
    attributions: first.attributions.map((a) => ({ ...a })),
    credibility: first.credibility,
    claimType: first.claimType,
    note: '',
    tags: [],
    target,
    updatedAt: new Date().toISOString()
  }
  await db.assessments.put(second)
  await record({ entity: 'assessment', entityId: secondId, before: null, after: second })
}

async function reanchor(
  db: SourcemarkDatabase,
  id: string,
  text: string,
  start: number,
  end: number,
  record: RecordChange
) {
  const before = await db.assessments.get(id)
  if (!before) return
  const after = { ...before, target: quoteSelector(text, start, end) }
  await db.assessments.put(after)
  await record({ entity: 'assessment', entityId: id, before, after })
}

async function load(db: SourcemarkDatabase, articleId: string, id: string) {
  const article = await getArticle(db, articleId)
  const table = await db.sentences.get(articleId)
  if (!article || !table) throw new Error('The article is no longer in the library.')
  const seq = Number(id.slice(id.lastIndexOf(':') + 1))
  const index = table.seqs.indexOf(seq)
  if (index < 0 || sentenceId(articleId, seq) !== id)
    throw new Error('That sentence is no longer in the article.')
  return { text: article.text, table, index }
}
