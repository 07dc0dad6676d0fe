// Guesses what kind of source a phrase names, so that accepting a suggestion can prefill a new
// registry entry. A guess only: the analyst's registry has the last word.
import type { SourceKind } from '../model'
import type { AttributionLanguage } from './languages'
import { stem } from './phrase'
import type { Token } from './tokens'

/** The first kind word, reading from the head of the phrase back to its first word. */
export function kindFromWords(words: readonly Token[], lang: AttributionLanguage): SourceKind | undefined {
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]
    if (w.type !== 'word') continue
    // "X" is a platform only in "on X"; as a kind word it would be the letter.
    const kind = lang.kindWords.get(stem(w)) ?? lang.kindWords.get(w.lower)
    if (kind !== undefined) return kind
  }
  return undefined
}

const PERSONAL = /^\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}]+)?$/u

/** Two to four capitalised words, none a kind word or a state: "Mykhailo Podolyak", "Dmitry Peskov". */
export function looksPersonal(words: readonly Token[], lang: AttributionLanguage): boolean {
  if (words.length < 2 || words.length > 4) return false
  return words.every(
    (w) =>
      (PERSONAL.test(w.text) || /^\p{Lu}\.$/u.test(w.text)) &&
      !w.lower.endsWith('’s') &&
      !w.lower.endsWith("'s") &&
      !lang.kindWords.has(w.lower) &&
      !lang.states.has(w.lower)
  )
}

/** The word that ends, after some spaces, at `at`: "Oleksandr" before "Kindratenko". */
function wordBefore(text: string, at: number): string {
  let end = at
  while (end > 0 && text[end - 1] === ' ') end--
  if (end === at) return ''
  let start = end
  while (start > 0 && start > end - 30 && /[\p{L}.]/u.test(text[start - 1])) start--
  return text.slice(start, end)
}

/**
 * A one-word name ("Kindratenko") is a person if an earlier sentence gives it a first name or a
 * title: "Colonel Oleksandr Kindratenko", "President Zelenskyy".
 */
export function personInContext(
  word: Token,
  previous: readonly string[] | undefined,
  lang: AttributionLanguage
): boolean {
  if (previous === undefined || !PERSONAL.test(word.text)) return false
  for (let k = previous.length - 1; k >= Math.max(0, previous.length - 20); k--) {
    const text = previous[k]
    for (let at = text.indexOf(word.text); at > 0; at = text.indexOf(word.text, at + 1)) {
      const prior = wordBefore(text, at)
      if (prior.length === 0) continue
      const lower = prior.toLowerCase().replace(/\.$/, '')
      if (lang.titles.has(lower) || lang.roles.has(lower)) return true
      if (PERSONAL.test(prior) && !lang.stopWords.has(lower) && !lang.kindWords.has(lower)) return true
    }
  }
  return false
}
