// A link between two sentences is one link whichever end it was made from: corroboration reads
// both ends, so B→A `supports` says nothing that A→B `supports` did not already say.
import type { Link, LinkRelation, LinkTarget, SentenceId } from '../model'

/** What makes two links the same evidence: the unordered pair of sentences, or the citation. */
export function linkKey(fromSentenceId: SentenceId, target: LinkTarget): string {
  if (target.kind === 'sentence') {
    const [a, b] = [fromSentenceId, target.sentenceId].sort()
    return `pair\u0000${a}\u0000${b}`
  }
  const citation = target.citation.normalize('NFC').trim().toLocaleLowerCase('en')
  return `cite\u0000${fromSentenceId}\u0000${citation}\u0000${(target.url ?? '').trim()}`
}

/** Supports and contradicts cannot both hold between two items: the analyst must pick one. */
const CONFLICTING: Record<LinkRelation, readonly LinkRelation[]> = {
  supports: ['supports', 'contradicts'],
  contradicts: ['supports', 'contradicts'],
  context: ['context']
}

/**
 * The existing link that a new one would repeat or contradict, if any: the same pair (either
 * direction) or the same citation, with the same relation or the opposite of supports/contradicts.
 */
export function conflictingLink(
  existing: readonly Link[],
  candidate: Pick<Link, 'fromSentenceId' | 'relation' | 'target'>
): Link | undefined {
  const key = linkKey(candidate.fromSentenceId, candidate.target)
  const clashes = CONFLICTING[candidate.relation]
  return existing.find(
    (link) => clashes.includes(link.relation) && linkKey(link.fromSentenceId, link.target) === key
  )
}

/** The message that refuses a repeated link, naming what is already there. */
export function conflictMessage(existing: Link, relation: LinkRelation): string {
  const what =
    existing.target.kind === 'external'
      ? 'This citation is already linked'
      : 'These two sentences are already linked'
  return existing.relation === relation
    ? `${what} as “${relation}”: a link counts once, whichever end it was made from.`
    : `${what} as “${existing.relation}”; remove that link before adding “${relation}”.`
}

/**
 * One link per pair and relation, the earliest kept: a library written before links were checked
 * may hold a reverse duplicate, which must not be counted or printed twice.
 */
export function uniqueLinks(links: readonly Link[]): Link[] {
  const ordered = [...links].sort((a, b) =>
    a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0
  )
  const seen = new Set<string>()
  const kept = new Set<Link>()
  for (const link of ordered) {
    const key = `${link.relation}\u0000${linkKey(link.fromSentenceId, link.target)}`
    if (seen.has(key)) continue
    seen.add(key)
    kept.add(link)
  }
  return links.filter((link) => kept.has(link))
}
