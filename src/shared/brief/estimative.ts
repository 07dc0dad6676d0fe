// The words of ICD 203 estimative language, found in what the analyst writes: the seven likelihood
// terms, the hedges that stand in for them, and the words of analytic confidence. ICD 203 keeps
// likelihood (of the event) and confidence (in the sources and reasoning) apart, and allows only
// the seven terms for the first, so the brief check needs to see each kind on its own.
import { LIKELIHOOD_WORDS } from '../model'
import { segmentSentences } from '../segment'
import { excerpt } from './issue-subject'

/** The seven terms, as the check suggests them. */
export const SEVEN_TERMS = LIKELIHOOD_WORDS.join(', ')

/** Accepted as one of the seven: the terms, and `almost certainly`, the adverb of `almost certain`. */
const STANDARD = ['almost certainly', ...LIKELIHOOD_WORDS]

/**
 * Likelihood said some other way: hedges, the synonyms ICD 203's table pairs with the seven, and
 * belief framed as likelihood.
 */
const NON_STANDARD = [
  'highly unlikely',
  'highly likely',
  'highly probable',
  'highly improbable',
  'nearly certain',
  'we believe',
  'we think',
  'we suspect',
  'it is possible',
  'possibly',
  'possible',
  'possibility',
  'could',
  'might',
  'may',
  'maybe',
  'perhaps',
  'probably',
  'probable',
  'probability',
  'improbable',
  'conceivably',
  'conceivable',
  'plausibly',
  'presumably',
  'certainly',
  'definitely',
  'undoubtedly',
  'doubtless',
  'chance',
  'chances',
  'odds'
]

/** Words of analytic confidence. `confidence-building` (measures) is not one. */
const CONFIDENCE = [
  'high confidence',
  'moderate confidence',
  'medium confidence',
  'low confidence',
  'confidence',
  'confident',
  'confidently'
]

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** Whole words, case-insensitive, any run of spaces or a hyphen between the words of a phrase. */
function wordsPattern(words: readonly string[], after = ''): RegExp {
  // Longest first: the regex takes the first alternative that matches where it stands.
  const alternatives = [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.split(' ').map(escape).join('[\\s\\u00a0-]+'))
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])${after}`, 'giu')
}
/** One scan over both lists, longest first: `highly likely` is one hedge, `very likely` one term. */
const LIKELIHOOD_RE = wordsPattern([...STANDARD, ...NON_STANDARD])
const STANDARD_SET = new Set(STANDARD)
const CONFIDENCE_RE = wordsPattern(CONFIDENCE, '(?!-building)')

/** Words after which `might` is the noun (strength), not the hedge. */
const MIGHT_NOUN_AFTER = /(?:military|economic|naval|its|their|full|\p{L}['’]s|with all)\s+$/iu

interface Found {
  word: string
  start: number
  end: number
}

function find(re: RegExp, sentence: string): Found[] {
  return [...sentence.matchAll(re)].map((m) => ({
    word: m[0].replace(/[\s\u00a0-]+/g, ' '),
    start: m.index,
    end: m.index + m[0].length
  }))
}

/**
 * `May` the month rather than the hedge: next to a number (`5 May`, `May 2025`), or capitalised
 * anywhere but at the start of the sentence.
 */
function isMonth(sentence: string, at: Found): boolean {
  const before = sentence.slice(0, at.start)
  const after = sentence.slice(at.end)
  if (/\d[\s\u00a0]*$/u.test(before) || /^[\s\u00a0]*\d/u.test(after)) return true
  const written = sentence.slice(at.start, at.end)
  return written === 'May' && /[\p{L}\p{N},]/u.test(before)
}

/** The hedge, not a homograph: `May` the month, `might` the noun. */
function isHedge(sentence: string, at: Found): boolean {
  const word = at.word.toLowerCase()
  if (word === 'may') return !isMonth(sentence, at)
  if (word === 'might') return !MIGHT_NOUN_AFTER.test(sentence.slice(0, at.start))
  return true
}

/** Found words, each once, in the order they first appear, as written (lower case). */
const distinct = (found: Found[]): string[] => [...new Set(found.map((f) => f.word.toLowerCase()))]

/** Likelihood words in reading order: the seven terms, and hedges that are not homographs. */
function likelihoodFound(sentence: string): (Found & { standard: boolean })[] {
  return find(LIKELIHOOD_RE, sentence)
    .map((f) => ({ ...f, standard: STANDARD_SET.has(f.word.toLowerCase()) }))
    .filter((f) => f.standard || isHedge(sentence, f))
}

/** Likelihood words that are not one of the seven terms, e.g. `possibly`, `could`, `we believe`. */
export function nonStandardLikelihoodWords(sentence: string): string[] {
  return distinct(likelihoodFound(sentence).filter((f) => !f.standard))
}

/** Every likelihood word: the seven terms and the words that stand in for them. */
export function likelihoodWords(sentence: string): string[] {
  return distinct(likelihoodFound(sentence))
}

/** Words of analytic confidence, e.g. `high confidence`, `confident`. */
export function confidenceWords(sentence: string): string[] {
  return distinct(find(CONFIDENCE_RE, sentence))
}

/** The sentences of what the analyst wrote, split by the same segmenter as the articles. */
export function sentencesOf(text: string): string[] {
  return segmentSentences(text, { language: 'en' }).map((s) => text.slice(s.start, s.end))
}

/** What one sentence mixes: its confidence words and its likelihood words. */
export interface Mix {
  sentence: string
  confidence: string[]
  likelihood: string[]
}

/**
 * Sentences that say both how confident and how likely: ICD 203 keeps confidence (in the sources
 * and reasoning) and likelihood (of the event) apart, and one sentence with both reads as one
 * claim about probability.
 */
export function mixedSentences(text: string): Mix[] {
  return sentencesOf(text).flatMap((sentence) => {
    const confidence = confidenceWords(sentence)
    const likelihood = likelihoodWords(sentence)
    return confidence.length > 0 && likelihood.length > 0 ? [{ sentence, confidence, likelihood }] : []
  })
}

const quoted = (words: string[]): string => words.map((w) => `“${w}”`).join(', ')

export function mixedMessage(where: string, mix: Mix): string {
  return (
    `${where} ${excerpt(mix.sentence)} puts a confidence word (${quoted(mix.confidence)}) and a ` +
    `likelihood word (${quoted(mix.likelihood)}) in one sentence: ICD 203 keeps them apart. Say how ` +
    'likely the event is in one sentence and the confidence in the sources and reasoning in another.'
  )
}

export function outsideSevenMessage(where: string, words: string[]): string {
  return (
    `${where} says how likely with ${quoted(words)}, ${words.length === 1 ? 'which is' : 'which are'} ` +
    `not among ICD 203’s seven likelihood terms: use one of ${SEVEN_TERMS}.`
  )
}
