// Cases: named sets of articles briefed together. Every change is a recorded action.
import { newCase } from '@shared/judgments'
import type { ArticleId, Case, CaseHeader, CaseId } from '@shared/model'
import type { SourcemarkDatabase } from './database'
import { runAction } from './history'

export async function createCase(
  db: SourcemarkDatabase,
  name: string,
  articleIds: readonly ArticleId[] = []
): Promise<Case> {
  const created = newCase(crypto.randomUUID(), name, articleIds, new Date().toISOString())
  await runAction(
    db,
    [db.cases],
    async (record) => {
      await db.cases.add(created)
      await record({ entity: 'case', entityId: created.id, before: null, after: created })
    },
    'Create case'
  )
  return created
}

/** Applies `change` to the stored case; a case no longer there is an error naming it. */
async function changeCase(
  db: SourcemarkDatabase,
  id: CaseId,
  label: string,
  change: (before: Case) => Case
): Promise<Case> {
  return runAction(
    db,
    [db.cases],
    async (record) => {
      const before = await db.cases.get(id)
      if (!before) throw new Error('The case is no longer in the library.')
      const after = { ...change(before), updatedAt: new Date().toISOString() }
      await db.cases.put(after)
      await record({ entity: 'case', entityId: id, before, after })
      return after
    },
    label
  )
}

export function renameCase(db: SourcemarkDatabase, id: CaseId, name: string): Promise<Case> {
  const trimmed = name.trim()
  if (!trimmed) return Promise.reject(new Error('Case name: give the case a name.'))
  return changeCase(db, id, 'Rename case', (c) => ({ ...c, name: trimmed }))
}

export function addArticleToCase(db: SourcemarkDatabase, id: CaseId, articleId: ArticleId): Promise<Case> {
  return changeCase(db, id, 'Add article to case', (c) =>
    c.articleIds.includes(articleId) ? c : { ...c, articleIds: [...c.articleIds, articleId] }
  )
}

export function removeArticleFromCase(
  db: SourcemarkDatabase,
  id: CaseId,
  articleId: ArticleId
): Promise<Case> {
  return changeCase(db, id, 'Remove article from case', (c) => ({
    ...c,
    articleIds: c.articleIds.filter((a) => a !== articleId)
  }))
}

/** Keeps the brief header as the analyst types it. */
export function saveCaseHeader(db: SourcemarkDatabase, id: CaseId, header: CaseHeader): Promise<Case> {
  return changeCase(db, id, 'Edit brief header', (c) => ({ ...c, header: { ...header } }))
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

/** Every case, by name. */
export function listCases(db: SourcemarkDatabase): Promise<Case[]> {
  return db.cases.orderBy('name').toArray()
}

/** The cases an article belongs to, by name. */
export async function casesOfArticle(db: SourcemarkDatabase, articleId: ArticleId): Promise<Case[]> {
  const rows = await db.cases.where('articleIds').equals(articleId).toArray()
  return rows.sort((a, b) => a.name.localeCompare(b.name))
}
