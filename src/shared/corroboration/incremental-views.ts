// Each sentence's rating and corroboration, kept up to date as the analyst grades: a view is
// derived when it is first read (the reader reads what it shows), a change derives again only the
// sentences it can reach (the graded sentence, the sentences linked to it, the sentences citing a
// regraded source), and every other sentence keeps its view object, so the reader's memoised
// paragraphs skip rendering. Inputs are compared by identity first and by content only where the
// identity differs, because a live query hands back fresh rows.
import type { Assessment, CorroborationStatus, Link, Sentence, SentenceId, Source, SourceId } from '../model'
import { rating } from '../scales'
import { effectiveCorroboration, linksBySentence } from './index'
import { keysSetOver } from './layered-map'
import { LazyViews, SentenceLookup, type DerivationCount } from './lazy-views'

export interface SentenceView {
  rating: string
  status: CorroborationStatus
  derived: CorroborationStatus
  /** Corroborated only by weak items (sources D–F or not graded, information 4–6 or not graded). */
  weak: boolean
  /** Every link that touches the sentence: from it, or to it. */
  links: Link[]
}

export interface ViewInputs {
  sentences: readonly Pick<Sentence, 'id' | 'kind'>[]
  /** Grades of the article's sentences and of the sentences of other articles its links reach. */
  graded: ReadonlyMap<SentenceId, Assessment>
  sources: ReadonlyMap<SourceId, Source>
  /** Every link that touches one of the article's sentences. */
  links: readonly Link[]
}

export interface SentenceViews {
  inputs: ViewInputs
  sentencesById: SentenceLookup
  /** Each view is derived when first read, and kept. */
  views: ReadonlyMap<SentenceId, SentenceView>
  /** The links touching each sentence (of this article or another), as the views hold them. */
  touching: ReadonlyMap<SentenceId, Link[]>
  /**
   * The sentences this step left to derive again when read (ids of other articles among them), or
   * `all` when every view is new.
   */
  invalidated: ReadonlySet<SentenceId> | 'all'
  /** How many views were derived since the views were first made, this step's and the earlier. */
  derivations: Readonly<DerivationCount>
}

const NO_LINKS: Link[] = []

/**
 * The views for `inputs`, reusing `previous` where the change cannot reach. Without `previous`,
 * or when the sentences themselves changed (a split, a merge), every view is derived again when
 * read; a view equal to the one it had before keeps its old object even then.
 */
export function updateViews(previous: SentenceViews | undefined, inputs: ViewInputs): SentenceViews {
  if (!previous || previous.inputs.sentences !== inputs.sentences || !(previous.views instanceof LazyViews))
    return fresh(previous, inputs)
  const before = previous.inputs

  const linksChanged = before.links !== inputs.links
  const touching = linksChanged ? linksBySentence(inputs.links) : previous.touching
  /** Sentences whose grade (or whose sources) changed: they and their linked sentences change. */
  const regraded = new Set<SentenceId>()
  const dirty = new Set<SentenceId>()

  if (linksChanged) {
    for (const id of changedLinkEnds(before.links, inputs.links)) dirty.add(id)
  }
  if (before.graded !== inputs.graded) {
    // Grades shown ahead of the database are layered over the stored ones: their keys say it all.
    const set = keysSetOver(inputs.graded, before.graded)
    for (const id of set ?? changedKeys(before.graded, inputs.graded)) regraded.add(id)
  }
  if (before.sources !== inputs.sources) {
    const changedSources = new Set(changedKeys(before.sources, inputs.sources))
    if (changedSources.size > 0) {
      for (const graded of [before.graded, inputs.graded])
        for (const [id, a] of graded)
          if (a.attributions.some((x) => changedSources.has(x.sourceId))) regraded.add(id)
      for (const links of [before.links, inputs.links])
        for (const link of links)
          if (
            link.target.kind === 'external' &&
            link.target.sourceId &&
            changedSources.has(link.target.sourceId)
          )
            dirty.add(link.fromSentenceId)
    }
  }
  for (const id of regraded) {
    dirty.add(id)
    for (const index of [previous.touching, touching])
      for (const link of index.get(id) ?? NO_LINKS) {
        dirty.add(link.fromSentenceId)
        if (link.target.kind === 'sentence') dirty.add(link.target.sentenceId)
      }
  }

  const views = previous.views as LazyViews<SentenceView>
  const ownDirty = [...dirty].some((id) => views.has(id))
  return {
    inputs,
    sentencesById: previous.sentencesById,
    // Nothing of the article reached: the same map, so nothing downstream renders again.
    views: ownDirty ? LazyViews.over(views, deriver(inputs, touching), dirty) : views,
    touching,
    invalidated: ownDirty ? dirty : new Set(),
    derivations: previous.derivations
  }
}

function fresh(previous: SentenceViews | undefined, inputs: ViewInputs): SentenceViews {
  const touching = linksBySentence(inputs.links)
  const sentences = new SentenceLookup(inputs.sentences)
  // After a split or a merge the views of the article's other sentences keep their objects.
  const sameArticle =
    previous !== undefined &&
    previous.views instanceof LazyViews &&
    previous.sentencesById.sameArticleAs(sentences)
  const derivations = sameArticle ? (previous.derivations as DerivationCount) : { count: 0 }
  const views = new LazyViews<SentenceView>(
    sentences,
    deriver(inputs, touching),
    derivations,
    undefined,
    new Set(),
    0,
    undefined,
    sameArticle ? (previous.views as LazyViews<SentenceView>) : undefined
  )
  return { inputs, sentencesById: sentences, views, touching, invalidated: 'all', derivations }
}

function deriver(inputs: ViewInputs, touching: ReadonlyMap<SentenceId, Link[]>) {
  return (sentence: Pick<Sentence, 'id' | 'kind'>, old: SentenceView | undefined) =>
    deriveView(sentence, inputs, touching.get(sentence.id) ?? NO_LINKS, old)
}

/** The sentence's view, or `old` itself when the new one says the same. */
function deriveView(
  sentence: Pick<Sentence, 'id' | 'kind'>,
  inputs: ViewInputs,
  links: Link[],
  old: SentenceView | undefined
): SentenceView {
  const assessment = inputs.graded.get(sentence.id)
  const corroboration = effectiveCorroboration({
    sentence,
    assessment,
    links,
    assessmentsBySentenceId: inputs.graded,
    sourcesById: inputs.sources
  })
  const view: SentenceView = {
    rating: rating(assessment, inputs.sources),
    status: corroboration.status,
    derived: corroboration.derived,
    weak: corroboration.weak,
    links
  }
  return old && sameView(old, view) ? old : view
}

function sameView(a: SentenceView, b: SentenceView): boolean {
  return (
    a.rating === b.rating &&
    a.status === b.status &&
    a.derived === b.derived &&
    a.weak === b.weak &&
    a.links.length === b.links.length &&
    a.links.every((link, i) => sameRecord(link, b.links[i]))
  )
}

/** Rows read again from the database are new objects with the same content. */
export function sameRecord(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b)
}

/** Keys added, removed, or whose value changed. */
function changedKeys<K, V>(before: ReadonlyMap<K, V>, after: ReadonlyMap<K, V>): K[] {
  const changed: K[] = []
  for (const [key, value] of after) {
    const old = before.get(key)
    if (old === undefined || !sameRecord(old, value)) changed.push(key)
  }
  for (const key of before.keys()) if (!after.has(key)) changed.push(key)
  return changed
}

/** Both ends of every link added, removed or changed. */
function changedLinkEnds(before: readonly Link[], after: readonly Link[]): SentenceId[] {
  const ends: SentenceId[] = []
  const addEnds = (link: Link) => {
    ends.push(link.fromSentenceId)
    if (link.target.kind === 'sentence') ends.push(link.target.sentenceId)
  }
  const beforeById = new Map(before.map((link) => [link.id, link]))
  const afterIds = new Set<string>()
  for (const link of after) {
    afterIds.add(link.id)
    const old = beforeById.get(link.id)
    if (!old || !sameRecord(old, link)) {
      addEnds(link)
      if (old) addEnds(old)
    }
  }
  for (const link of before) if (!afterIds.has(link.id)) addEnds(link)
  return ends
}
