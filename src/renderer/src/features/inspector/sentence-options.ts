// The link picker's sentences: one option per sentence of an article (tens of thousands in a long
// report). What the analyst types is searched in the library's full-text index (features/search),
// the same the command palette uses; a number ("12" or "12.") picks the sentence of that number.
import type { Sentence } from '@shared/model'

export interface SentenceOption {
  value: string
  label: string
}

export interface SentenceOptions {
  options: SentenceOption[]
  /**
   * The options to show for `search`: the first `limit` when it is empty; the sentence of that
   * number when it is one; else the sentences the index found (`found`, best first), or none
   * while it has not answered (null).
   */
  pick: (search: string, found: readonly string[] | null, limit: number) => SentenceOption[]
}

const snippet = (text: string, max = 90) => (text.length > max ? `${text.slice(0, max - 1)}…` : text)

/** `12. The sentence's words…`: headings are not claims, so they are left out. */
export function sentenceOptions(
  text: string,
  sentences: readonly Pick<Sentence, 'id' | 'index' | 'kind' | 'start' | 'end'>[]
): SentenceOptions {
  const options: SentenceOption[] = []
  const byId = new Map<string, SentenceOption>()
  const byNumber = new Map<number, SentenceOption>()
  for (const s of sentences) {
    if (s.kind === 'heading') continue
    const option = { value: s.id, label: `${s.index + 1}. ${snippet(text.slice(s.start, s.end))}` }
    options.push(option)
    byId.set(s.id, option)
    byNumber.set(s.index + 1, option)
  }
  return {
    options,
    pick(search, found, limit) {
      const wanted = search.trim()
      if (!wanted) return options.slice(0, limit)
      const number = /^(\d+)\.?$/.exec(wanted)
      if (number) {
        const option = byNumber.get(Number(number[1]))
        if (option) return [option]
      }
      const picked: SentenceOption[] = []
      for (const id of found ?? []) {
        const option = byId.get(id)
        if (option) picked.push(option)
        if (picked.length === limit) break
      }
      return picked
    }
  }
}
