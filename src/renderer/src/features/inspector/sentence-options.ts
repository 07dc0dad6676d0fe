// The link picker's sentences: one option per sentence of an article (tens of thousands in a long
// report), searched as the analyst types. Each label is lowercased once, when the options are
// built, not once per option at every keystroke as a generic filter would.
import type { Sentence } from '@shared/model'

export interface SentenceOption {
  value: string
  label: string
}

export interface SentenceOptions {
  options: SentenceOption[]
  /** The first `limit` options whose label contains `search`, ignoring case; all when it is empty. */
  search: (search: string, limit: number) => SentenceOption[]
}

const snippet = (text: string, max = 90) => (text.length > max ? `${text.slice(0, max - 1)}…` : text)

/** `12. The sentence's words…`: headings are not claims, so they are left out. */
export function sentenceOptions(
  text: string,
  sentences: readonly Pick<Sentence, 'id' | 'index' | 'kind' | 'start' | 'end'>[]
): SentenceOptions {
  const options: SentenceOption[] = []
  const lowered: string[] = []
  for (const s of sentences) {
    if (s.kind === 'heading') continue
    const label = `${s.index + 1}. ${snippet(text.slice(s.start, s.end))}`
    options.push({ value: s.id, label })
    lowered.push(label.toLowerCase())
  }
  return {
    options,
    search(search, limit) {
      const wanted = search.trim().toLowerCase()
      if (!wanted) return options.slice(0, limit)
      const found: SentenceOption[] = []
      for (let i = 0; i < options.length && found.length < limit; i++)
        if (lowered[i].includes(wanted)) found.push(options[i])
      return found
    }
  }
}
