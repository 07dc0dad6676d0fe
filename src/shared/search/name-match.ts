// Matching an article's title and outlet, or a source's name and other names, as the palette does:
// every word typed begins a word of one of the names, case and diacritics aside ("kyiv ind" finds
// "The Kyiv Independent").
import { foldWord, words } from './fold'

/** A test of names against what was typed; an empty query matches nothing. */
export function nameMatcher(query: string): (names: readonly (string | undefined)[]) => boolean {
  const wanted = words(query).map(foldWord)
  return (names) => {
    if (wanted.length === 0) return false
    const have = names.flatMap((n) => (n ? words(n).map(foldWord) : []))
    return wanted.every((w) => have.some((h) => h.startsWith(w)))
  }
}
