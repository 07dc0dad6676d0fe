// Evidence links between sentences (of this or another article) or to external sources.
import type { Link, LinkRelation, LinkTarget, Sentence } from '@shared/model'
import type { SourcemarkDatabase } from './database'
import { runAction } from './history'

export async function addLink(
  db: SourcemarkDatabase,
  from: Pick<Sentence, 'id' | 'articleId'>,
  relation: LinkRelation,
  target: LinkTarget,
  note = ''
): Promise<Link> {
  if (target.kind === 'sentence' && target.sentenceId === from.id) {
    throw new Error('Link: a sentence cannot support or contradict itself.')
  }
  const link: Link = {
    id: crypto.randomUUID(),
    fromSentenceId: from.id,
    articleId: from.articleId,
    relation,
    target,
    note,
    createdAt: new Date().toISOString()
  }
  await runAction(
    db,
    [db.links],
    async (record) => {
      await db.links.add(link)
      await record({ entity: 'link', entityId: link.id, before: null, after: link })
    },
    'Add link'
  )
  return link
}

export async function removeLink(db: SourcemarkDatabase, id: string): Promise<void> {
  await runAction(
    db,
    [db.links],
    async (record) => {
      const before = await db.links.get(id)
      if (!before) return
      await db.links.delete(id)
      await record({ entity: 'link', entityId: id, before, after: null })
    },
    'Remove link'
  )
}

/** Every link that touches one of the article's sentences, from it or to it. */
export async function linksOfArticle(db: SourcemarkDatabase, articleId: string): Promise<Link[]> {
  const from = await db.links.where('articleId').equals(articleId).toArray()
  const prefix = `${articleId}:`
  const to = await db.links.where('target.sentenceId').startsWith(prefix).toArray()
  const byId = new Map([...from, ...to].map((l) => [l.id, l]))
  return [...byId.values()]
}
