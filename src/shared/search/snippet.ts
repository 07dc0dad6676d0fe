// The part of a sentence a search result shows, with the words that matched marked.
import { foldWord, wordsAt } from './fold'

/** A run of a snippet's text; `hit` when it is a word the search matched. */
export interface SnippetPart {
  text: string
  hit: boolean
}

/**
 * At most about `max` characters of `text` around its first matched word, as parts. `terms` are
 * folded words as the index matched them (MiniSearch's `terms`).
 */
export function snippetParts(text: string, terms: readonly string[], max = 140): SnippetPart[] {
  const wanted = new Set(terms)
  const hits = wordsAt(text).filter((w) => wanted.has(foldWord(w.word)))
  let from = 0
  let to = text.length
  if (text.length > max) {
    const first = hits[0]?.start ?? 0
    from = Math.max(0, Math.min(first - Math.floor(max / 3), text.length - max))
    // Start and end on a word boundary, not in the middle of one.
    if (from > 0) from = text.indexOf(' ', from) + 1 || from
    to = Math.min(text.length, from + max)
    if (to < text.length) to = text.lastIndexOf(' ', to) > from ? text.lastIndexOf(' ', to) : to
  }
  const parts: SnippetPart[] = []
  const push = (part: string, hit: boolean) => {
    if (part) parts.push({ text: part, hit })
  }
  if (from > 0) push('… ', false)
  let at = from
  for (const hit of hits) {
    if (hit.start < from || hit.end > to) continue
    push(text.slice(at, hit.start), false)
    push(text.slice(hit.start, hit.end), true)
    at = hit.end
  }
  push(text.slice(at, to), false)
  if (to < text.length) push(' …', false)
  return parts
}
