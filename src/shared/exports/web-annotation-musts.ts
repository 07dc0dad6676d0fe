// The W3C Web Annotation model's "MUST" requirements that Sourcemark's export relies on, stated in
// our own words and code. Each rule carries the id of the W3C assertion it corresponds to in
// w3c/web-annotation-tests (annotations/annotationMusts.test), whose schemas stay in that
// repository: `scripts/check-web-annotations.ts` runs them against a checkout of it.
import { ANNOTATION_CONTEXT, type AnnotationCollection } from './web-annotation'
import {
  asList,
  has,
  isChoice,
  isDateTime,
  isExternalWebResource,
  isIri,
  isObject,
  isSpecificResource,
  isTextualBody,
  oneOrMore,
  SELECTOR_TYPES,
  single,
  typeIncludes,
  type Json
} from './web-annotation-kinds'

export interface MustRule {
  /** The W3C assertion id, e.g. `3.2-bodyObjectsRecognized`. */
  id: string
  /** What the model requires, in our words. */
  says: string
  /** One line for each way the annotation breaks the rule; none when it holds. */
  check(annotation: Json): string[]
}

export interface MustFailure {
  /** The annotation's id, or `(no id)`. */
  annotation: string
  rule: string
  problem: string
}

function describe(v: unknown): string {
  const text = JSON.stringify(v) ?? String(v)
  return text.length > 80 ? `${text.slice(0, 77)}…` : text
}

/** The annotation's bodies or targets, each with where it sits. */
function resources(annotation: Json, key: 'body' | 'target'): [string, unknown][] {
  if (!has(annotation, key)) return []
  const value = annotation[key]
  return Array.isArray(value) ? value.map((v, i) => [`${key}[${i}]`, v]) : [[key, value]]
}

/** A rule about each body or target (and the object source of a Specific Resource among them). */
function eachResource(
  key: 'body' | 'target',
  broken: (resource: unknown) => string | undefined,
  withSource = false
): (annotation: Json) => string[] {
  return (annotation) =>
    resources(annotation, key).flatMap(([where, resource]) => {
      const found: string[] = []
      const problem = broken(resource)
      if (problem) found.push(`${where}: ${problem}`)
      if (withSource && isObject(resource) && isObject(resource.source)) {
        const sourceProblem = broken(resource.source)
        if (sourceProblem) found.push(`${where}.source: ${sourceProblem}`)
      }
      return found
    })
}

/** A rule about a date-time key of the annotation itself. */
function dateTimeRule(key: 'created' | 'modified' | 'generated', id: string): MustRule {
  return {
    id,
    says: `The annotation's \`${key}\`, if present, is one date-time with its timezone.`,
    check: (a) =>
      has(a, key) && !single(a[key], isDateTime)
        ? [`${key} ${describe(a[key])} is not one xsd:dateTime with a timezone`]
        : []
  }
}

/** Every selector of every Specific Resource among the bodies and targets, with where it sits. */
function selectors(annotation: Json): [string, unknown][] {
  return [...resources(annotation, 'body'), ...resources(annotation, 'target')].flatMap(
    ([where, resource]): [string, unknown][] =>
      isObject(resource) && has(resource, 'selector')
        ? asList(resource.selector).map((s, i): [string, unknown] => [`${where}.selector[${i}]`, s])
        : []
  )
}

const isNonNegativeInteger = (v: unknown): boolean => Number.isInteger(v) && (v as number) >= 0

/** The keys §3.2.1 and §3.3 allow on a body or target (and its source), and what each must hold. */
const RESOURCE_PROPERTIES = [
  {
    id: '3.2.1-{}TextDirectionValidated',
    key: 'textDirection',
    valid: (v: unknown) => single(v, (x) => x === 'ltr' || x === 'rtl' || x === 'auto'),
    needs: 'one of ltr, rtl, auto'
  },
  {
    id: '3.3.1-{}CreatedValidated',
    key: 'created',
    valid: (v: unknown) => single(v, isDateTime),
    needs: 'one date-time'
  },
  {
    id: '3.3.1-{}ModifiedValidated',
    key: 'modified',
    valid: (v: unknown) => single(v, isDateTime),
    needs: 'one date-time'
  },
  { id: '3.3.6-{}RightsValidated', key: 'rights', valid: (v: unknown) => oneOrMore(v, isIri), needs: 'IRIs' },
  {
    id: '3.3.7-{}CanonicalValidated',
    key: 'canonical',
    valid: (v: unknown) => single(v, isIri),
    needs: 'one IRI'
  },
  { id: '3.3.7-{}ViaValidated', key: 'via', valid: (v: unknown) => oneOrMore(v, isIri), needs: 'IRIs' }
] as const

/**
 * A key of each body or target, and of its source when that is an object, holds what §3.2.1/§3.3
 * allow. The W3C's tests of these keys also reject a body or target written as a list holding one
 * bare IRI (they read it both as one IRI and as a list, which their schemas forbid together): an
 * IRI alone is written as itself, or described as an object.
 */
function resourcePropertyRules(): MustRule[] {
  return (['body', 'target'] as const).flatMap((where) =>
    RESOURCE_PROPERTIES.map(({ id, key, valid, needs }): MustRule => {
      const check = eachResource(
        where,
        (r) =>
          isObject(r) && has(r, key) && !valid(r[key])
            ? `${key} ${describe(r[key])} is not ${needs}`
            : undefined,
        true
      )
      return {
        id: id.replace('{}', where === 'body' ? 'body' : 'targ'),
        says: `A ${where}'s \`${key}\` (or its source's), if present, is ${needs}; and no ${where} is a list of one bare IRI.`,
        check: (a) => {
          const value = a[where]
          const lone = Array.isArray(value) && value.length === 1 && typeof value[0] === 'string'
          return [...(lone ? [`${where} is a list of one bare IRI`] : []), ...check(a)]
        }
      }
    })
  )
}

export const WEB_ANNOTATION_MUSTS: readonly MustRule[] = [
  {
    id: '3.1-annotationContextValidated',
    says: `\`@context\` is ${ANNOTATION_CONTEXT}, or a list that includes it.`,
    check: (a) =>
      has(a, '@context') && asList(a['@context']).includes(ANNOTATION_CONTEXT)
        ? []
        : [`@context ${describe(a['@context'])} does not include ${ANNOTATION_CONTEXT}`]
  },
  {
    id: '3.1-annotationIdValidated',
    says: 'The annotation has exactly one `id`, an absolute IRI.',
    check: (a) => (single(a.id, isIri) ? [] : [`id ${describe(a.id)} is not one absolute IRI`])
  },
  {
    id: '3.1-annotationTypeValidated',
    says: 'The annotation\'s `type` is, or includes, "Annotation".',
    check: (a) =>
      (typeof a.type === 'string' || Array.isArray(a.type)) && typeIncludes(a, 'Annotation')
        ? []
        : [`type ${describe(a.type)} does not include "Annotation"`]
  },
  {
    id: '3.1-targetKeyFound',
    says: 'The annotation has a `target`.',
    check: (a) => (has(a, 'target') ? [] : ['no target'])
  },
  {
    id: '3.2-targetObjectsRecognized',
    says: 'Each target is an IRI, an External Web Resource, a Specific Resource, or a Choice.',
    check: (a) =>
      has(a, 'target')
        ? eachResource('target', (t) =>
            isIri(t) || isExternalWebResource(t) || isSpecificResource(t) || isChoice(t)
              ? undefined
              : `${describe(t)} is neither an IRI, an External Web Resource (an id and no source), a Specific Resource (a source and a selector, purpose or state), nor a Choice`
          )(a)
        : ['no target']
  },
  {
    id: '3.2.5-notBodyBodyValue',
    says: 'An annotation has `body` or `bodyValue`, never both.',
    check: (a) => (has(a, 'body') && has(a, 'bodyValue') ? ['has both body and bodyValue'] : [])
  },
  {
    id: '3.2-bodyObjectsRecognized',
    says: 'Each body is an IRI, an External Web Resource, a Specific Resource, a Textual Body, or a Choice.',
    check: eachResource('body', (b) =>
      isIri(b) || isExternalWebResource(b) || isSpecificResource(b) || isTextualBody(b) || isChoice(b)
        ? undefined
        : `${describe(b)} is neither an IRI, an External Web Resource (an id and no source), a Specific Resource (a source and a selector, purpose or state), a Textual Body (a string value), nor a Choice`
    )
  },
  dateTimeRule('created', '3.3.1-annotationCreatedValidated'),
  dateTimeRule('modified', '3.3.1-annotationModifiedValidated'),
  dateTimeRule('generated', '3.3.1-annotationGeneratedValidated'),
  ...resourcePropertyRules(),
  ...(['body', 'target'] as const).flatMap((key): MustRule[] => {
    const prefix = key === 'body' ? 'body' : 'targ'
    return [
      {
        id: `3.2.7-${prefix}EWRNoItems`,
        says: `An External Web Resource ${key} (or source) has no \`items\`: only a Choice lists items.`,
        check: eachResource(
          key,
          (r) =>
            isExternalWebResource(r) && has(r, 'items') ? 'an External Web Resource with items' : undefined,
          true
        )
      },
      {
        id: `3.3.5-${prefix}EWRNoPurpose`,
        says: `An External Web Resource ${key} (or source) has no \`purpose\`: only Specific Resources and Textual Bodies do.`,
        check: eachResource(
          key,
          (r) =>
            isExternalWebResource(r) && has(r, 'purpose')
              ? 'an External Web Resource with a purpose'
              : undefined,
          true
        )
      },
      {
        id: `3.2.7-${prefix}SpecificResourceNoItems`,
        says: `A Specific Resource ${key} has no \`items\`.`,
        check: eachResource(key, (r) =>
          isObject(r) && has(r, 'source') && has(r, 'items') ? 'a Specific Resource with items' : undefined
        )
      },
      {
        id: `4-${prefix}SpecificResourceNoValue`,
        says: `A Specific Resource ${key} has no \`value\`: only a Textual Body has one.`,
        check: eachResource(key, (r) =>
          isObject(r) && has(r, 'source') && has(r, 'value') ? 'a Specific Resource with a value' : undefined
        )
      }
    ]
  }),
  {
    id: '3.2.7-bodyEmbeddedTextualNoItems',
    says: 'A Textual Body has no `items`.',
    check: eachResource('body', (b) =>
      isTextualBody(b) && has(b, 'items') ? 'a Textual Body with items' : undefined
    )
  },
  {
    id: '4-bodyEmbeddedTextualNoSource',
    says: 'A Textual Body has no `source`: it is its own content, not a selection of another resource.',
    check: eachResource('body', (b) =>
      isTextualBody(b) && has(b, 'source') ? 'a Textual Body with a source' : undefined
    )
  },
  {
    id: '3.2.4-targNoTypeTextualBody',
    says: 'A target is never a Textual Body: its type does not include "TextualBody".',
    check: eachResource('target', (t) =>
      isObject(t) && typeIncludes(t, 'TextualBody') && !has(t, 'id')
        ? 'a target typed TextualBody'
        : undefined
    )
  },
  {
    id: '4.2-selectorValidIfPresent',
    says: 'Each selector is an IRI, or an object whose `type` is one of the selector classes of §4.2.',
    check: (a) =>
      selectors(a).flatMap(([where, s]) =>
        isIri(s) || (isObject(s) && (has(s, 'id') || SELECTOR_TYPES.has(s.type as string)))
          ? []
          : [`${where}: ${describe(s)} is not a selector the model defines`]
      )
  },
  {
    id: '4.2.4-textQuoteSelectorValid',
    says: 'A TextQuoteSelector has a string `exact`; its `prefix` and `suffix`, if present, are strings.',
    check: (a) =>
      selectors(a).flatMap(([where, s]) =>
        isObject(s) &&
        s.type === 'TextQuoteSelector' &&
        !(
          typeof s.exact === 'string' &&
          (!has(s, 'prefix') || typeof s.prefix === 'string') &&
          (!has(s, 'suffix') || typeof s.suffix === 'string')
        )
          ? [`${where}: ${describe(s)} needs a string exact, and string prefix and suffix if any`]
          : []
      )
  },
  {
    id: '4.2-TextDataPositionSelectorValid',
    says: 'A TextPositionSelector or DataPositionSelector has `start` and `end`, integers of 0 or more.',
    check: (a) =>
      selectors(a).flatMap(([where, s]) =>
        isObject(s) &&
        (s.type === 'TextPositionSelector' || s.type === 'DataPositionSelector') &&
        !(isNonNegativeInteger(s.start) && isNonNegativeInteger(s.end))
          ? [`${where}: ${describe(s)} needs start and end, integers of 0 or more`]
          : []
      )
  }
]

/**
 * The other assertions of annotationMusts.test, with why the export does not rely on them: it
 * never writes what they constrain. `web-annotation-musts.test.ts` holds the export to that.
 */
export const MUSTS_NOT_RELIED_ON: Readonly<Record<string, string>> = {
  '3.2.5-bodyValueValidated': 'no annotation has a bodyValue',
  '3.3.6-annotationRightsValidated': 'no annotation has rights',
  '3.3.7-annotationCanonicalValidated': 'no annotation has a canonical IRI',
  '3.3.7-annotationViaValidated': 'no annotation has via',
  ...Object.fromEntries(
    ['body', 'targ'].flatMap((prefix) => [
      [`3.2.4-${prefix}ChoiceSetNoValue`, 'no body or target is a Choice'],
      [`4-${prefix}ChoiceSetNoSource`, 'no body or target is a Choice'],
      [`3.3.5-${prefix}ChoiceSetNoPurpose`, 'no body or target is a Choice']
    ])
  ),
  '4.3-stateValidIfPresent': 'no Specific Resource has a state',
  '4.3.3-refinedByValidated': 'no selector or state is refined',
  '4.3.1-timeStateValid': 'no Specific Resource has a state',
  '4.3.2-httpRequestStateValid': 'no Specific Resource has a state',
  '4.4-styleClassValidIfPresent': 'no Specific Resource has a styleClass',
  '4.2-fragmentCssXPathSelectorValid': 'the only selectors are TextQuoteSelector and TextPositionSelector',
  '4.2.7-svgSelectorValid': 'the only selectors are TextQuoteSelector and TextPositionSelector',
  '4.2.8-rangeSelectorValid': 'the only selectors are TextQuoteSelector and TextPositionSelector'
}

/** Every way `annotation` breaks a rule of `WEB_ANNOTATION_MUSTS`; empty when it meets them all. */
export function checkAnnotationMusts(annotation: unknown): MustFailure[] {
  const id = isObject(annotation) && typeof annotation.id === 'string' ? annotation.id : '(no id)'
  if (!isObject(annotation)) {
    return WEB_ANNOTATION_MUSTS.map((rule) => ({
      annotation: id,
      rule: rule.id,
      problem: 'not a JSON object'
    }))
  }
  return WEB_ANNOTATION_MUSTS.flatMap((rule) =>
    rule.check(annotation).map((problem) => ({ annotation: id, rule: rule.id, problem }))
  )
}

/**
 * Each annotation of a collection as a document of its own. In the file an annotation inherits
 * the collection's `@context`, as JSON-LD gives every embedded node; read on its own, it carries it.
 */
export function annotationDocuments(collection: AnnotationCollection): Json[] {
  return (collection.first?.items ?? []).map((annotation) => ({
    '@context': collection['@context'],
    ...annotation
  }))
}
