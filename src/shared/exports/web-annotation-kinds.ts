// The Web Annotation model's classes and value types, recognised the way its "MUST" rules need:
// what counts as an IRI, a date-time, an External Web Resource, a Specific Resource, a Textual
// Body or a Choice (W3C Web Annotation Data Model, §3.2, §3.3, §4).

export type Json = Record<string, unknown>

/** The motivations of §3.3.5; a body's purpose is one of them. */
export const MOTIVATIONS = [
  'assessing',
  'bookmarking',
  'classifying',
  'commenting',
  'describing',
  'editing',
  'highlighting',
  'identifying',
  'linking',
  'moderating',
  'questioning',
  'replying',
  'tagging'
] as const

/** The selector classes of §4.2. */
export const SELECTOR_TYPES = new Set([
  'FragmentSelector',
  'CssSelector',
  'XPathSelector',
  'TextQuoteSelector',
  'TextPositionSelector',
  'DataPositionSelector',
  'SvgSelector',
  'RangeSelector'
])

export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)
export const has = (o: Json, key: string): boolean => Object.hasOwn(o, key)
export const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : [v])

/** An absolute IRI: a scheme, a colon, and no character an IRI may not hold. */
export const isIri = (v: unknown): v is string =>
  typeof v === 'string' && /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`\p{Cc}]*$/iu.test(v)

/** An xsd:dateTime with its timezone, as the model requires for `created`, `modified`, `generated`. */
export function isDateTime(v: unknown): boolean {
  if (typeof v !== 'string') return false
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.exec(v)
  if (!m) return false
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number)
  const date = new Date(Date.UTC(year, month - 1, day))
  return (
    date.getUTCMonth() === month - 1 && date.getUTCDate() === day && hour < 24 && minute < 60 && second < 61
  )
}

/** One value, or an array holding exactly one, that passes `test`. */
export const single = (v: unknown, test: (x: unknown) => boolean): boolean =>
  Array.isArray(v) ? v.length === 1 && test(v[0]) : test(v)

/** A value, or a non-empty array of values, each of which passes `test`. */
export const oneOrMore = (v: unknown, test: (x: unknown) => boolean): boolean =>
  Array.isArray(v) ? v.length > 0 && v.every(test) : test(v)

export const typeIncludes = (o: Json, type: string): boolean => asList(o.type).includes(type)

/** §3.2.1: described by its own IRI, and not a selection of another resource. */
export const isExternalWebResource = (o: unknown): o is Json =>
  isObject(o) && has(o, 'id') && single(o.id, isIri) && !has(o, 'source') && !has(o, 'target')

export const isRecognisedPurpose = (v: unknown): boolean =>
  oneOrMore(v, (p) => (MOTIVATIONS as readonly unknown[]).includes(p))

/** §4: exactly one source (an IRI or an External Web Resource) and something that narrows it. */
export const isSpecificResource = (o: unknown): o is Json =>
  isObject(o) &&
  has(o, 'source') &&
  (isIri(o.source) || isExternalWebResource(o.source)) &&
  ((has(o, 'purpose') && isRecognisedPurpose(o.purpose)) ||
    ['selector', 'state', 'styleClass', 'renderedVia', 'scope'].some((key) => has(o, key)))

/** §3.2.4: the body's content is given as a string `value`. */
export const isTextualBody = (o: unknown): o is Json => isObject(o) && typeof o.value === 'string'

/** §3.2.7: a Choice lists at least one resource under `items`. */
export const isChoice = (o: unknown): o is Json =>
  isObject(o) && o.type === 'Choice' && Array.isArray(o.items) && o.items.length > 0
