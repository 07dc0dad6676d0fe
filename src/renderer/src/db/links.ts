// Evidence links between sentences (of this or another article) or to external sources.
import { citationTarget, conflictingLink, conflictMessage } from '@shared/corroboration'
import type { Link, LinkRelation, LinkTarget, Sentence } from '@shared/model'
import type { SourcemarkDatabase } from './database'
import { runAction } from './history'

/**
 * Adds a link, or refuses it with a message: a sentence linked to itself, a citation that fails
 * its check, or a link that repeats one already made from either end (B→A `supports` beside
 * A→B `supports`) or contradicts it (supports and contradicts on one pair). Nothing is written then.
 */
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
  if (target.kind === 'external') {
    const checked = citationTarget(target)
    if (!checked.ok) throw new Error(checked.error)
    target = checked.target
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
      // Read inside the transaction, so two quick clicks cannot both pass the check.
      const ends = target.kind === 'sentence' ? [from.id, target.sentenceId] : [from.id]
      const touching = [
        ...(await db.links.where('fromSentenceId').anyOf(ends).toArray()),
        ...(await db.links.where('target.sentenceId').anyOf(ends).toArray())
      ]
      const existing = conflictingLink(touching, link)
      if (existing) throw new Error(conflictMessage(existing, relation))
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
  // Both read at once: an article opened waits for one round trip to IndexedDB here, not two.
  const [from, to] = await Promise.all([
    db.links.where('articleId').equals(articleId).toArray(),
    db.links.where('target.sentenceId').startsWith(`${articleId}:`).toArray()
  ])
  const byId = new Map([...from, ...to].map((l) => [l.id, l]))
  return [...byId.values()]
}
