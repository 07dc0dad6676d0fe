// Cases: named sets of articles briefed together. Every change is a recorded action; a change
// that would change nothing writes nothing, so it leaves no entry and nothing to undo.
import { canonicalJson } from '@shared/history'
import { caseArticlesProblem, caseHeaderProblem, caseNameProblem, newCase } from '@shared/judgments'
import type { ArticleId, Case, CaseHeader, CaseId } from '@shared/model'
import type { SourcemarkDatabase } from './database'
import { runAction } from './history'

/**
 * Refuses, naming it, an article that is not in the library: a case cannot hold nothing. A Dexie
 * promise, not a native async function, so the action's transaction stays open across it.
 */
function requireArticles(db: SourcemarkDatabase, articleIds: readonly ArticleId[]): Promise<void> {
  return db.articles.bulkGet([...articleIds]).then((found) => {
    const missing = articleIds.find((_, i) => !found[i])
    if (missing !== undefined) throw new Error(`Case: the article ${missing} is no longer in the library.`)
  })
}

export async function createCase(
  db: SourcemarkDatabase,
  name: string,
  articleIds: readonly ArticleId[] = []
): Promise<Case> {
  const problem = caseNameProblem(name) ?? caseArticlesProblem(new Set(articleIds).size)
  if (problem) throw new Error(problem)
  const created = newCase(crypto.randomUUID(), name, articleIds, new Date().toISOString())
  await runAction(
    db,
    [db.cases],
    async (record) => {
      await requireArticles(db, created.articleIds)
      await db.cases.add(created)
      await record({ entity: 'case', entityId: created.id, before: null, after: created })
    },
    'Create case'
  )
  return created
}

/**
 * Applies `change` to the stored case; a case no longer there is an error naming it. When
 * `change` gives the case back as it was, nothing is written.
 */
async function changeCase(
  db: SourcemarkDatabase,
  id: CaseId,
  label: string,
  change: (before: Case) => Case | Promise<Case>
): Promise<Case> {
  return runAction(
    db,
    [db.cases],
    async (record) => {
      const before = await db.cases.get(id)
      if (!before) throw new Error('The case is no longer in the library.')
      const changed = await change(before)
      if (changed === before) return before
      const after = { ...changed, updatedAt: new Date().toISOString() }
      await db.cases.put(after)
      await record({ entity: 'case', entityId: id, before, after })
      return after
    },
    label
  )
}

export function renameCase(db: SourcemarkDatabase, id: CaseId, name: string): Promise<Case> {
  const problem = caseNameProblem(name)
  if (problem) return Promise.reject(new Error(problem))
  const trimmed = name.trim()
  return changeCase(db, id, 'Rename case', (c) => (c.name === trimmed ? c : { ...c, name: trimmed }))
}

export function addArticleToCase(db: SourcemarkDatabase, id: CaseId, articleId: ArticleId): Promise<Case> {
  return changeCase(db, id, 'Add article to case', (c) => {
    if (c.articleIds.includes(articleId)) return c
    const full = caseArticlesProblem(c.articleIds.length + 1)
    if (full) throw new Error(full)
    return requireArticles(db, [articleId]).then(() => ({ ...c, articleIds: [...c.articleIds, articleId] }))
  })
}

export function removeArticleFromCase(
  db: SourcemarkDatabase,
  id: CaseId,
  articleId: ArticleId
): Promise<Case> {
  return changeCase(db, id, 'Remove article from case', (c) =>
    c.articleIds.includes(articleId) ? { ...c, articleIds: c.articleIds.filter((a) => a !== articleId) } : c
  )
}

/** Keeps the brief header as the analyst types it; one a backup could not hold is refused. */
export function saveCaseHeader(db: SourcemarkDatabase, id: CaseId, header: CaseHeader): Promise<Case> {
  const problem = caseHeaderProblem(header)
  if (problem) return Promise.reject(new Error(problem))
  return changeCase(db, id, 'Edit brief header', (c) =>
    canonicalJson(c.header) === canonicalJson(header) ? c : { ...c, header: { ...header } }
  )
}

/** Deletes the case and its key judgments; its articles stay in the library. */
export async function deleteCase(db: SourcemarkDatabase, id: CaseId): Promise<void> {
  await runAction(
    db,
    [db.cases, db.judgments],
    async (record) => {
      const before = await db.cases.get(id)
      if (!before) return
      for (const judgment of await db.judgments.where('caseId').equals(id).toArray()) {
        await db.judgments.delete(judgment.id)
        await record({ entity: 'judgment', entityId: judgment.id, before: judgment, after: null })
      }
      await db.cases.delete(id)
      await record({ entity: 'case', entityId: id, before, after: null })
    },
    'Delete case'
  )
}

const byName = (a: Case, b: Case) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1)

/** The case `id`; undefined when it is no longer in the library. */
export function getCase(db: SourcemarkDatabase, id: CaseId): Promise<Case | undefined> {
  return db.cases.get(id)
}

/** Every case, by name (as the analyst reads names, whatever their capitals). */
export async function listCases(db: SourcemarkDatabase): Promise<Case[]> {
  return (await db.cases.toArray()).sort(byName)
}

/** The cases an article belongs to, by name. */
export function casesOfArticle(db: SourcemarkDatabase, articleId: ArticleId): Promise<Case[]> {
  // A Dexie promise, not a native async function: it is also read inside actions' transactions,
  // where one more native await lets IndexedDB commit the transaction early.
  return db.cases
    .where('articleIds')
    .equals(articleId)
    .toArray()
    .then((rows) => rows.sort(byName))
}
