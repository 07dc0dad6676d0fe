// Gathers everything a brief needs, of one article or of a case, in one read transaction.
import type { BriefArticle, BriefInput } from '@shared/brief/model'
import type { ArticleId, CaseHeader, CaseId, Judgment, Link } from '@shared/model'
import { db as appDb } from './index'
import type { SourcemarkDatabase } from './database'
import { getArticle } from './articles'
import { judgmentsOfCase } from './judgments'
import { linksOfArticle } from './links'
import { foreignSentenceIds, loadForeignSentences } from './foreign-sentences'
import { expandSentences } from './sentences'

export interface BriefHeader {
  title: string
  analyst?: string
  handling?: string
  bluf?: string
}

/** What a brief is of: the open article, or a case. */
export type BriefScope = { kind: 'article'; articleId: ArticleId } | { kind: 'case'; caseId: CaseId }

/** Every table a brief reads: a write to any other leaves a built brief as it is. */
export const BRIEF_TABLES = [
  'articles',
  'texts',
  'sentences',
  'assessments',
  'links',
  'sources',
  'cases',
  'judgments'
] as const

const tables = (db: SourcemarkDatabase) => BRIEF_TABLES.map((name) => db.table(name))

/**
 * An article's brief: its own header, and as key judgments those of any case that cite one of
 * its sentences as evidence.
 */
export async function loadBriefInput(
  articleId: ArticleId,
  header: BriefHeader,
  db: SourcemarkDatabase = appDb
): Promise<BriefInput> {
  return db.transaction('r', tables(db), async () => {
    const article = await loadArticle(db, articleId)
    if (!article) throw new Error('The article is no longer in the library.')
    const own = `${articleId}:`
    const citing = (await db.judgments.toArray()).filter((j) =>
      j.evidence.some((e) => e.target.kind === 'sentence' && e.target.sentenceId.startsWith(own))
    )
    // Grouped by case (by name), each case's in its own order.
    const cases = new Map((await db.cases.toArray()).map((c) => [c.id, c.name]))
    const judgments = citing.sort(
      (a, b) =>
        (cases.get(a.caseId) ?? '').localeCompare(cases.get(b.caseId) ?? '') ||
        a.caseId.localeCompare(b.caseId) ||
        a.position - b.position
    )
    return {
      ...withoutBlanks(header),
      title: header.title.trim() || article.article.title,
      generatedAt: new Date().toISOString(),
      articles: [article],
      sources: await db.sources.toArray(),
      externalSentences: await outsideSentences(db, [article], judgments),
      judgments
    }
  })
}

/**
 * A case's brief: its articles in the case's order, their sentences, grades and links, its key
 * judgments, and its header (`header` when given: the header as the analyst is typing it).
 */
export async function loadCaseBriefInput(
  caseId: CaseId,
  header?: CaseHeader,
  db: SourcemarkDatabase = appDb
): Promise<BriefInput> {
  return db.transaction('r', tables(db), async () => {
    const kase = await db.cases.get(caseId)
    if (!kase) throw new Error('The case is no longer in the library.')
    const articles: BriefArticle[] = []
    // An article deleted from the library since it was added has nothing left to brief.
    for (const id of kase.articleIds) {
      const article = await loadArticle(db, id)
      if (article) articles.push(article)
    }
    const judgments = await judgmentsOfCase(db, caseId)
    const { title, ...rest } = header ?? kase.header
    return {
      ...withoutBlanks(rest),
      title: title.trim() || kase.name,
      generatedAt: new Date().toISOString(),
      caseName: kase.name,
      articles,
      sources: await db.sources.toArray(),
      externalSentences: await outsideSentences(db, articles, judgments),
      judgments
    }
  })
}

/**
 * The brief's input for its scope, with the header on screen; without one, an article's brief has
 * no header of its own and a case's has the header as stored.
 */
export function loadScopeInput(
  scope: BriefScope,
  header?: BriefHeader | CaseHeader,
  db: SourcemarkDatabase = appDb
): Promise<BriefInput> {
  return scope.kind === 'article'
    ? loadBriefInput(scope.articleId, header ?? { title: '' }, db)
    : loadCaseBriefInput(scope.caseId, header as CaseHeader | undefined, db)
}

/**
 * An article with its sentences, grades and links, asked for at once: IndexedDB then reads a
 * long article's text and its sentence table side by side, not one after the other.
 */
async function loadArticle(db: SourcemarkDatabase, articleId: ArticleId): Promise<BriefArticle | undefined> {
  const [article, table, assessments, links] = await Promise.all([
    getArticle(db, articleId),
    db.sentences.get(articleId),
    db.assessments.where('articleId').equals(articleId).toArray(),
    linksOfArticle(db, articleId)
  ])
  if (!article || !table) return undefined
  return { article, sentences: expandSentences(table), assessments, links }
}

/**
 * Sentences outside the brief's articles that their links or the judgments' evidence reach:
 * quoted, with their grades, so nothing cited is dropped.
 */
async function outsideSentences(
  db: SourcemarkDatabase,
  articles: readonly BriefArticle[],
  judgments: readonly Judgment[]
) {
  const inBrief = new Set(articles.map((a) => a.article.id))
  const articleOf = (sentenceId: string) => sentenceId.slice(0, sentenceId.lastIndexOf(':'))
  const ids = new Set<string>()
  for (const { article, links } of articles)
    for (const id of foreignSentenceIds(article.id, links as Link[])) ids.add(id)
  for (const j of judgments)
    for (const e of j.evidence) if (e.target.kind === 'sentence') ids.add(e.target.sentenceId)
  const wanted = [...ids].filter((id) => !inBrief.has(articleOf(id))).sort()
  return [...(await loadForeignSentences(db, wanted)).values()]
}

function withoutBlanks<T extends object>(header: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(header).filter(([, v]) => typeof v === 'string' && v.trim())
  ) as Partial<T>
}
