// How the Web Annotations name what they are about: sentences, the articles they belong to, and
// the pages external citations point at. One function describes a sentence, so an annotation's
// target and a link's far end say the same thing about the same sentence, in every export.
import type { BriefModel, ExternalSentence } from '../brief/model'
import type { ISODate, SentenceId } from '../model'
import { quoteSelector } from '../text'
import { stripBidiControls as plain } from '../text/bidi'
import type {
  ArticleNode,
  Iri,
  ResourceReference,
  SourceNode,
  SpecificResource,
  TextualBody
} from './web-annotation'

/** An id made safe for a URN: percent-encoded, except for the colons of sentence ids. */
export const encodeId = (id: string): string => encodeURIComponent(id).replace(/%3A/gi, ':')

/** `urn:sourcemark:<kind>:<id>`. */
export function iri(kind: string, id: string): Iri {
  return `urn:sourcemark:${kind}:${encodeId(id)}`
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff

/**
 * UTF-16 offsets as code point offsets: the model counts characters as code points (§4.2.5), so an
 * emoji before a sentence shifts it by one, not two. One pass over the text for all offsets.
 */
export function codePointOffsets(text: string, offsets: Iterable<number>): Map<number, number> {
  const result = new Map<number, number>()
  let unit = 0
  let point = 0
  for (const target of [...new Set(offsets)].sort((a, b) => a - b)) {
    while (unit < target) {
      const pair = isHighSurrogate(text.charCodeAt(unit)) && isLowSurrogate(text.charCodeAt(unit + 1))
      unit += pair ? 2 : 1
      point++
    }
    result.set(target, point)
  }
  return result
}

export interface SentenceDescriptions {
  /** The one description of a sentence, wherever it is named. */
  resource(id: SentenceId): SpecificResource | ResourceReference
  /** Place of each sentence of the brief, in reading order across its articles. */
  readingOrder: ReadonlyMap<SentenceId, number>
  /** Every article a described sentence belongs to: the brief's, then the outside ones. */
  articles: ArticleNode[]
}

/**
 * Every sentence an annotation may name. The brief's own are quoted with context and located by
 * position; sentences of articles outside the brief are quoted exactly, which is all the brief
 * knows of them. Either way `source` is the article's `urn:` IRI — never its web address, which
 * an outside article may lack — so a sentence's `source` does not depend on which export names it.
 */
export function describeSentences(
  model: Pick<BriefModel, 'articles'>,
  externalSentences: readonly ExternalSentence[] = []
): SentenceDescriptions {
  const resources = new Map<SentenceId, SpecificResource>()
  const readingOrder = new Map<SentenceId, number>()
  const articles = new Map<string, ArticleNode>()
  const sentence = (id: SentenceId, articleId: string, selector: SpecificResource['selector']) => {
    resources.set(id, {
      id: iri('sentence', id),
      type: 'SpecificResource',
      source: iri('article', articleId),
      selector
    })
  }

  for (const { article, sentences } of model.articles) {
    articles.set(article.id, {
      id: iri('article', article.id),
      type: 'Text',
      'sm:title': plain(article.title),
      ...(article.url ? { via: article.url } : {})
    })
    const points = codePointOffsets(
      article.text,
      sentences.flatMap((s) => [s.sentence.start, s.sentence.end])
    )
    for (const { sentence: s } of sentences) {
      sentence(s.id, article.id, [
        { type: 'TextQuoteSelector', ...quoteSelector(article.text, s.start, s.end) },
        { type: 'TextPositionSelector', start: points.get(s.start) ?? 0, end: points.get(s.end) ?? 0 }
      ])
      readingOrder.set(s.id, readingOrder.size)
    }
  }
  for (const { sentence: s, articleTitle, text } of externalSentences) {
    if (resources.has(s.id)) continue
    if (!articles.has(s.articleId)) {
      articles.set(s.articleId, {
        id: iri('article', s.articleId),
        type: 'Text',
        'sm:title': plain(articleTitle)
      })
    }
    sentence(s.id, s.articleId, [{ type: 'TextQuoteSelector', exact: text }])
  }

  return {
    // A sentence neither in the brief nor quoted (deleted since the link was made) is named by its
    // id alone: an object, never a bare string, so a link's body array always holds objects.
    resource: (id) => resources.get(id) ?? { id: iri('sentence', id) },
    readingOrder,
    articles: [...articles.values()]
  }
}

export interface CitationTarget {
  citation: string
  url?: string
  accessedOn?: ISODate
}

/**
 * An external citation as a link's body. With an address, the cited page as a Specific Resource
 * whose purpose is linking: a resource of this link alone, so two links citing one page on
 * different days do not give that page two access dates. Without one, the citation in words.
 */
export function citationBody(
  target: CitationTarget,
  source: SourceNode | undefined
): SpecificResource | TextualBody {
  const extra = {
    ...(target.accessedOn ? { 'sm:accessedOn': target.accessedOn } : {}),
    ...(source ? { 'sm:source': source } : {})
  }
  if (target.url) {
    return {
      type: 'SpecificResource',
      purpose: 'linking',
      source: target.url,
      'sm:citation': plain(target.citation),
      ...extra
    }
  }
  return {
    type: 'TextualBody',
    purpose: 'describing',
    value: plain(target.citation),
    format: 'text/plain',
    ...extra
  }
}
