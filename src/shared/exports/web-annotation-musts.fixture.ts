// One broken annotation for each MUST rule: a valid annotation of the realistic export with one
// thing changed, so a test can show each rule rejects what it is meant to (and, where the W3C's
// schemas are at hand, that they reject it too).
type Json = Record<string, unknown>

export interface MustViolation {
  /** The W3C assertion id the change breaks. */
  rule: string
  /** The change, in words. */
  breaks: string
  annotation: Json
}

/** The annotations the cases start from, by id, from a document list of the realistic export. */
const ASSESSING = 'urn:sourcemark:assessment:dprk:1'
/** Links to a sentence quoted in full (l2) and to one the library no longer holds (g1). */
const SENTENCE_LINK = 'urn:sourcemark:link:l2'
const DANGLING_LINK = 'urn:sourcemark:link:g1'

function pick(documents: readonly Json[], id: string): Json {
  const found = documents.find((d) => d.id === id)
  if (!found) throw new Error(`the realistic export has no annotation ${id}`)
  return found
}

const clone = (value: Json): Json => structuredClone(value)

/** `annotation` with its first body replaced by `change` applied to it. */
function withFirstBody(annotation: Json, change: (body: Json) => Json): Json {
  const copy = clone(annotation)
  const bodies = copy.body as Json[]
  copy.body = [change(bodies[0]), ...bodies.slice(1)]
  return copy
}

function withTarget(annotation: Json, change: (target: Json) => Json): Json {
  const copy = clone(annotation)
  copy.target = change(copy.target as Json)
  return copy
}

/** `annotation` with its target's selectors replaced by `change` applied to them. */
function withSelectors(annotation: Json, change: (selectors: Json[]) => Json[]): Json {
  return withTarget(annotation, (target) => ({ ...target, selector: change(target.selector as Json[]) }))
}

function without(annotation: Json, key: string): Json {
  const copy = clone(annotation)
  delete copy[key]
  return copy
}

export function mustViolations(documents: readonly Json[]): MustViolation[] {
  const assessing = pick(documents, ASSESSING)
  const sentenceLink = pick(documents, SENTENCE_LINK)
  const dangling = pick(documents, DANGLING_LINK)
  const cases: [string, string, Json][] = [
    ['3.1-annotationContextValidated', 'no @context', without(assessing, '@context')],
    [
      '3.1-annotationContextValidated',
      'the Open Annotation context instead',
      { ...clone(assessing), '@context': 'http://www.w3.org/ns/oa.jsonld' }
    ],
    [
      '3.1-annotationIdValidated',
      'an id that is not an IRI',
      { ...clone(assessing), id: 'assessment dprk 1' }
    ],
    [
      '3.1-annotationIdValidated',
      'two ids',
      { ...clone(assessing), id: ['urn:sourcemark:assessment:dprk:1', 'urn:sourcemark:assessment:dprk:2'] }
    ],
    ['3.1-annotationTypeValidated', 'type "Assessment"', { ...clone(assessing), type: 'Assessment' }],
    ['3.1-targetKeyFound', 'no target', without(assessing, 'target')],
    [
      '3.2-targetObjectsRecognized',
      'a target with a source but nothing that selects from it',
      withTarget(assessing, (t) => ({ type: 'SpecificResource', source: t.source }))
    ],
    ['3.2.5-notBodyBodyValue', 'a bodyValue beside the body', { ...clone(assessing), bodyValue: 'B2' }],
    [
      '3.2-bodyObjectsRecognized',
      'an external citation as a source alone, as exports before this rule wrote it',
      withFirstBody(sentenceLink, () => ({
        type: 'SpecificResource',
        source: 'https://en.yna.co.kr/view/AEN20250113003500315',
        'sm:citation': 'Yonhap: NIS says 300 North Korean soldiers killed, 2,700 injured'
      }))
    ],
    [
      '3.3.1-annotationCreatedValidated',
      'created without seconds or timezone',
      { ...clone(sentenceLink), created: '2026-11-27 10:15' }
    ],
    [
      '3.3.1-annotationModifiedValidated',
      'modified as a date alone',
      { ...clone(assessing), modified: '2026-11-27' }
    ],
    [
      '3.3.1-annotationGeneratedValidated',
      'generated in words',
      { ...clone(assessing), generated: 'yesterday' }
    ],
    [
      '3.2.7-bodyEWRNoItems',
      'a sentence named by its id, with items',
      withFirstBody(dangling, (b) => ({ ...b, items: ['urn:sourcemark:sentence:gone:4'] }))
    ],
    [
      '3.3.5-bodyEWRNoPurpose',
      'a sentence named by its id, with a purpose',
      withFirstBody(dangling, (b) => ({ ...b, purpose: 'linking' }))
    ],
    [
      '3.2.7-targEWRNoItems',
      'a target named by its id, with items',
      withTarget(dangling, (t) => ({ id: t.id, items: ['urn:sourcemark:sentence:gone:4'] }))
    ],
    [
      '3.3.5-targEWRNoPurpose',
      'a target named by its id, with a purpose',
      withTarget(dangling, (t) => ({ id: t.id, purpose: 'linking' }))
    ],
    [
      '3.2.7-bodySpecificResourceNoItems',
      'a quoted sentence as body, with items',
      withFirstBody(sentenceLink, (b) => ({ ...b, items: ['urn:sourcemark:sentence:dprk:2'] }))
    ],
    [
      '4-bodySpecificResourceNoValue',
      'a quoted sentence as body, with a value',
      withFirstBody(sentenceLink, (b) => ({ ...b, value: 'Supports it.' }))
    ],
    [
      '3.2.7-targSpecificResourceNoItems',
      'the target sentence with items',
      withTarget(assessing, (t) => ({ ...t, items: ['urn:sourcemark:sentence:dprk:2'] }))
    ],
    [
      '4-targSpecificResourceNoValue',
      'the target sentence with a value',
      withTarget(assessing, (t) => ({ ...t, value: 'B2' }))
    ],
    [
      '3.2.7-bodyEmbeddedTextualNoItems',
      'the assessing body with items',
      withFirstBody(assessing, (b) => ({ ...b, items: ['B2'] }))
    ],
    [
      '4-bodyEmbeddedTextualNoSource',
      'the assessing body with a source',
      withFirstBody(assessing, (b) => ({ ...b, source: 'https://www.kyivpost.com/post/46121' }))
    ],
    [
      '3.2.4-targNoTypeTextualBody',
      'the rating as the target',
      withTarget(assessing, () => ({ type: 'TextualBody', value: 'B2' }))
    ],
    [
      '4.2-selectorValidIfPresent',
      'a selector of a class the model does not define',
      withSelectors(assessing, (s) => [...s, { type: 'WordSelector', word: 3 }])
    ],
    [
      '4.2.4-textQuoteSelectorValid',
      'a quote whose exact text is a number',
      withSelectors(assessing, (s) =>
        s.map((x) => (x.type === 'TextQuoteSelector' ? { ...x, exact: 42 } : x))
      )
    ],
    [
      '4.2.4-textQuoteSelectorValid',
      'a quote whose prefix is a list',
      withSelectors(assessing, (s) =>
        s.map((x) => (x.type === 'TextQuoteSelector' ? { ...x, prefix: ['Kursk', 'region'] } : x))
      )
    ],
    [
      '4.2-TextDataPositionSelectorValid',
      'a position before the text starts',
      withSelectors(assessing, (s) =>
        s.map((x) => (x.type === 'TextPositionSelector' ? { ...x, start: -1 } : x))
      )
    ],
    [
      '4.2-TextDataPositionSelectorValid',
      'a position between two characters',
      withSelectors(assessing, (s) =>
        s.map((x) => (x.type === 'TextPositionSelector' ? { ...x, end: 2.5 } : x))
      )
    ]
  ]
  const bad: [string, string, unknown][] = [
    ['3.2.1-{}TextDirectionValidated', 'textDirection', 'sideways'],
    ['3.3.1-{}CreatedValidated', 'created', '27 November 2026'],
    ['3.3.1-{}ModifiedValidated', 'modified', ['2026-11-27T10:15:00Z', '2026-11-28T10:15:00Z']],
    ['3.3.6-{}RightsValidated', 'rights', 'all rights reserved'],
    ['3.3.7-{}CanonicalValidated', 'canonical', 'kyivpost 46121'],
    ['3.3.7-{}ViaValidated', 'via', 'www.kyivpost.com/post/46121']
  ]
  for (const [id, key, value] of bad) {
    cases.push([
      id.replace('{}', 'body'),
      `a quoted sentence as body with ${key} ${JSON.stringify(value)}`,
      withFirstBody(sentenceLink, (b) => ({ ...b, [key]: value }))
    ])
    cases.push([
      id.replace('{}', 'targ'),
      `the target sentence with ${key} ${JSON.stringify(value)}`,
      withTarget(assessing, (t) => ({ ...t, [key]: value }))
    ])
  }
  cases.push(
    [
      '3.3.1-bodyCreatedValidated',
      'a body list holding one bare IRI, as exports before this rule wrote a sentence gone',
      { ...clone(dangling), body: ['urn:sourcemark:sentence:gone:3'] }
    ],
    [
      '3.3.1-targCreatedValidated',
      'a target list holding one bare IRI',
      { ...clone(dangling), target: ['urn:sourcemark:sentence:dprk:15'] }
    ]
  )
  return cases.map(([rule, breaks, annotation]) => ({ rule, breaks, annotation }))
}
