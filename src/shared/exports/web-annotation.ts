// The graded sentences as W3C Web Annotations (JSON-LD), so other annotation tools can read an
// analyst's judgments: one `assessing` annotation per graded sentence, one `linking` per evidence link.
// https://www.w3.org/TR/annotation-model/ — Sourcemark's own fields use the `sm:` vocabulary.
import {
  buildBrief,
  type BriefAttribution,
  type BriefInput,
  type BriefModel,
  type BriefSentence
} from '../brief/model'
import type { ISODate, ISODateTime, Link, LinkRelation, Reliability, Source, SourceId } from '../model'
import { CREDIBILITY_LABELS, RELIABILITY_LABELS, UNGRADED_RELIABILITY_HINT } from '../scales'
import { escapeBidiControlsInJson, stripBidiControls as plain } from '../text/bidi'
import { exportFileName } from './file-name'
import { citationBody, describeSentences, encodeId, iri } from './web-annotation-resources'

export { codePointOffsets } from './web-annotation-resources'

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld'
/** Namespace of Sourcemark's own terms: `sm:reliability` expands to `urn:sourcemark:vocab#reliability`. */
export const SOURCEMARK_VOCAB = 'urn:sourcemark:vocab#'

/** An IRI, e.g. `https://…` or `urn:sourcemark:…`. */
export type Iri = string

export interface TextQuoteSelectorNode {
  type: 'TextQuoteSelector'
  /** The sentence's text, exactly. */
  exact: string
  /** Up to 32 UTF-16 units of text before it. */
  prefix?: string
  /** Up to 32 UTF-16 units of text after it. */
  suffix?: string
}

export interface TextPositionSelectorNode {
  type: 'TextPositionSelector'
  /** Offset in Unicode code points (not UTF-16 units) into the article's normalised text. */
  start: number
  /** Exclusive, in code points. */
  end: number
}

export type Selector = TextQuoteSelectorNode | TextPositionSelectorNode

/**
 * A sentence, or the page an external citation points at. A sentence is described the same way
 * wherever it appears — as an assessing annotation's target, at either end of a link — and in
 * every export, whether or not its article is part of the brief.
 */
export interface SpecificResource {
  /** `urn:sourcemark:sentence:<sentenceId>` for a sentence; none for a cited page. */
  id?: Iri
  type: 'SpecificResource'
  /**
   * For a sentence, always `urn:sourcemark:article:<articleId>`: the article's address, when it has
   * one, is stated once in the collection's `sm:articles`. For a citation, its http(s) address.
   */
  source: Iri
  /** On a cited page: it is the body of a linking annotation. */
  purpose?: 'linking'
  selector?: Selector[]
  'sm:citation'?: string
  'sm:accessedOn'?: ISODate
  'sm:source'?: SourceNode
}

/** A sentence Sourcemark can name but not quote: neither in the brief nor among its outside sentences. */
export interface ResourceReference {
  /** `urn:sourcemark:sentence:<sentenceId>`. */
  id: Iri
}

/** An article whose sentences the annotations select. */
export interface ArticleNode {
  /** `urn:sourcemark:article:<articleId>`, the `source` of its sentences. */
  id: Iri
  type: 'Text'
  'sm:title': string
  /** The address the article was imported from, when it has one. */
  via?: Iri
}

/** A registry source. */
export interface SourceNode {
  /** `urn:sourcemark:source:<sourceId>`. */
  id: Iri
  'sm:name': string
  'sm:kind'?: Source['kind']
  'sm:reliability'?: Reliability
}

export interface AttributionNode {
  'sm:role': BriefAttribution['role']
  'sm:source': SourceNode
}

export interface CorroborationNode {
  /** What the brief shows: the analyst's override, else the derived status. */
  'sm:status': string
  'sm:derived': string
  'sm:overrideReason'?: string
}

export type BodyPurpose = 'assessing' | 'commenting' | 'tagging' | 'describing'

export interface TextualBody {
  type: 'TextualBody'
  purpose: BodyPurpose
  value: string
  format?: 'text/plain'
  language?: string
  /** E.g. `B2`; on the assessing body only, like every other `sm:` field. */
  'sm:rating'?: string
  'sm:reliability'?: Reliability
  'sm:credibility'?: number
  /** The primary source. */
  'sm:source'?: SourceNode
  /** Every attribution, primary first. */
  'sm:attribution'?: AttributionNode[]
  'sm:claimType'?: string
  'sm:corroboration'?: CorroborationNode
  /** On an external citation without a URL. */
  'sm:accessedOn'?: ISODate
}

export type Body = TextualBody | SpecificResource | ResourceReference

export interface Agent {
  id?: Iri
  type: 'Person' | 'Software'
  name: string
}

export interface Annotation {
  /** `urn:sourcemark:assessment:<sentenceId>` or `urn:sourcemark:link:<linkId>`: stable across exports. */
  id: Iri
  type: 'Annotation'
  motivation: 'assessing' | 'linking'
  creator?: Agent
  created?: ISODateTime
  modified?: ISODateTime
  body: Body[]
  target: SpecificResource | ResourceReference
  /** On linking annotations: what the body does for the target. */
  'sm:relation'?: LinkRelation
}

export interface AnnotationPage {
  id: Iri
  type: 'AnnotationPage'
  /**
   * The collection, described as the model's own example describes it: the W3C's page tests
   * read its label and total from here, and reject a bare IRI.
   */
  partOf: { id: Iri; label: string; total: number }
  startIndex: number
  items: Annotation[]
}

export interface AnnotationCollection {
  '@context': [typeof ANNOTATION_CONTEXT, { sm: typeof SOURCEMARK_VOCAB }]
  id: Iri
  type: 'AnnotationCollection'
  label: string
  total: number
  generated: ISODateTime
  generator: Agent
  creator?: Agent
  /** Every article a sentence of the collection belongs to. */
  'sm:articles': ArticleNode[]
  /** Absent when there is nothing to export: a page must hold at least one annotation. */
  first?: AnnotationPage
}

export interface WebAnnotationOptions {
  generatedAt: ISODateTime
  /** The analyst; defaults to the brief's. */
  creator?: string
}

function sourceNode(id: SourceId, source: Source | undefined): SourceNode {
  const node: SourceNode = { id: iri('source', id), 'sm:name': plain(source?.name ?? id) }
  if (source) {
    node['sm:kind'] = source.kind
    // A source not graded yet has no `sm:reliability`: absent, never a letter the analyst did not give.
    if (source.reliability) node['sm:reliability'] = source.reliability
  }
  return node
}

/** E.g. `B2 — Usually reliable / Probably true`; only the halves that are graded are named. */
export function assessmentLabel(s: Pick<BriefSentence, 'rating' | 'attributions' | 'assessment'>): string {
  if (!s.rating) return 'Not rated'
  const source = s.attributions[0]?.source.source
  const credibility = s.assessment?.credibility
  const labels = [
    source && (source.reliability ? RELIABILITY_LABELS[source.reliability] : UNGRADED_RELIABILITY_HINT),
    credibility != null && CREDIBILITY_LABELS[credibility]
  ].filter((label): label is string => Boolean(label))
  return `${s.rating} — ${labels.join(' / ')}`
}

function assessingBody(s: BriefSentence): TextualBody {
  const assessment = s.assessment
  const body: TextualBody = {
    type: 'TextualBody',
    purpose: 'assessing',
    value: assessmentLabel(s),
    format: 'text/plain',
    language: 'en'
  }
  if (s.rating) body['sm:rating'] = s.rating
  const primary = s.attributions[0]
  const reliability = primary?.source.source?.reliability
  if (reliability) body['sm:reliability'] = reliability
  if (assessment?.credibility != null) body['sm:credibility'] = assessment.credibility
  if (primary) body['sm:source'] = sourceNode(primary.source.id, primary.source.source)
  if (s.attributions.length > 0) {
    body['sm:attribution'] = s.attributions.map((a) => ({
      'sm:role': a.role,
      'sm:source': sourceNode(a.source.id, a.source.source)
    }))
  }
  if (assessment) body['sm:claimType'] = assessment.claimType
  const corroboration: CorroborationNode = {
    'sm:status': s.corroboration.status,
    'sm:derived': s.corroboration.derived
  }
  if (s.corroboration.override) corroboration['sm:overrideReason'] = plain(s.corroboration.override.reason)
  body['sm:corroboration'] = corroboration
  return body
}

const commentBody = (value: string): TextualBody => ({
  type: 'TextualBody',
  purpose: 'commenting',
  value: plain(value),
  format: 'text/plain'
})

/** The collection as a plain, JSON-serialisable object. Deterministic for a given input. */
export function webAnnotations(
  input: BriefInput,
  options: WebAnnotationOptions,
  model: BriefModel = buildBrief(input)
): AnnotationCollection {
  const creatorName = options.creator ?? input.analyst
  const creator: Agent | undefined = creatorName ? { type: 'Person', name: plain(creatorName) } : undefined
  const withCreator = creator ? { creator } : {}

  const sentences = describeSentences(model, input.externalSentences)
  const sentenceResource = sentences.resource
  const readingOrder = sentences.readingOrder

  const assessing: Annotation[] = model.articles.flatMap(({ sentences }) =>
    sentences.flatMap((s): Annotation[] => {
      const assessment = s.assessment
      if (!assessment) return []
      const body: Body[] = [assessingBody(s)]
      if (assessment.note.trim()) body.push(commentBody(assessment.note))
      for (const tag of assessment.tags)
        body.push({ type: 'TextualBody', purpose: 'tagging', value: plain(tag) })
      return [
        {
          id: iri('assessment', s.sentence.id),
          type: 'Annotation',
          motivation: 'assessing',
          ...withCreator,
          modified: assessment.updatedAt,
          body,
          target: sentenceResource(s.sentence.id)
        }
      ]
    })
  )

  const sourcesById = new Map(input.sources.map((s) => [s.id, s]))
  const links = new Map<string, Link>()
  for (const a of input.articles) for (const l of a.links) links.set(l.id, l)
  const position = (l: Link): number => readingOrder.get(l.fromSentenceId) ?? Number.MAX_SAFE_INTEGER
  const ordered = [...links.values()].sort(
    (a, b) =>
      position(a) - position(b) ||
      (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1)
  )
  const linking: Annotation[] = ordered.map((link) => {
    const target = link.target
    const evidence: Body =
      target.kind === 'sentence'
        ? sentenceResource(target.sentenceId)
        : citationBody(
            target,
            target.sourceId ? sourceNode(target.sourceId, sourcesById.get(target.sourceId)) : undefined
          )
    const body: Body[] = [evidence]
    if (link.note.trim()) body.push(commentBody(link.note))
    return {
      id: iri('link', link.id),
      type: 'Annotation',
      motivation: 'linking',
      ...withCreator,
      created: link.createdAt,
      body,
      target: sentenceResource(link.fromSentenceId),
      'sm:relation': link.relation
    }
  })

  const items = [...assessing, ...linking]
  const id = `urn:sourcemark:annotations:${model.articles.map((a) => encodeId(a.article.id)).join('+')}`
  const collection: AnnotationCollection = {
    '@context': [ANNOTATION_CONTEXT, { sm: SOURCEMARK_VOCAB }],
    id,
    type: 'AnnotationCollection',
    label: plain(input.title),
    total: items.length,
    generated: options.generatedAt,
    generator: { id: 'urn:sourcemark:app', type: 'Software', name: 'Sourcemark' },
    ...withCreator,
    'sm:articles': sentences.articles
  }
  if (items.length > 0) {
    collection.first = {
      id: `${id}#page1`,
      type: 'AnnotationPage',
      partOf: { id, label: collection.label, total: collection.total },
      startIndex: 0,
      items
    }
  }
  return collection
}

/**
 * The collection as the file's text. Text people wrote (notes, tags, names, citations) has its
 * bidirectional controls removed above; quote selectors keep the article's text exactly, or they
 * would no longer find it, so the controls left there are written as `\uXXXX` escapes: the file
 * shows them, nothing in it is reordered, and a reader of the JSON gets the same value.
 */
export function webAnnotationsJson(
  input: BriefInput,
  options: WebAnnotationOptions,
  model?: BriefModel
): string {
  return escapeBidiControlsInJson(JSON.stringify(webAnnotations(input, options, model), null, 2))
}

/** `annotations-<title slug>-<YYYY-MM-DD>.jsonld`. */
export function webAnnotationsFileName(title: string, at: ISODateTime): string {
  return exportFileName('annotations', 'jsonld', title, at)
}
