// Finds the noun phrase that names a source next to a cue: walking back from "said" over
// "a Ukrainian military official", or forward from "according to" over "the Institute for the Study
// of War (ISW)". Each walk is a single pass over at most the sentence's tokens: no backtracking.
import type { AttributionLanguage } from './languages'
import type { Token } from './tokens'

/** Token indexes, `to` exclusive. */
export interface Phrase {
  from: number
  to: number
}

/** A possessive word without its ending: "ministry’s" → "ministry", "forces’" stays. */
export function stem(token: Token): string {
  const l = token.lower
  return l.endsWith('’s') || l.endsWith("'s") ? l.slice(0, -2) : l
}

export class PhraseFinder {
  constructor(
    readonly tokens: readonly Token[],
    private readonly lang: AttributionLanguage
  ) {}

  at(i: number): Token | undefined {
    return this.tokens[i]
  }

  private usable(i: number): Token | undefined {
    const t = this.tokens[i]
    return t !== undefined && t.type === 'word' && !t.quoted ? t : undefined
  }

  /** A capitalised word that may belong to a name: not "While", "Monday", "The", nor a cue. */
  isName(i: number): boolean {
    const t = this.usable(i)
    return (
      t !== undefined &&
      t.capital &&
      !this.lang.stopWords.has(t.lower) &&
      !this.lang.determiners.has(t.lower) &&
      !this.lang.cues.has(t.lower)
    )
  }

  /** A lower-case word that may stand in a source's phrase: "senior", "military", "officials". */
  private isNounWord(i: number, documents: boolean): boolean {
    const t = this.usable(i)
    if (t === undefined || t.capital) return false
    const s = stem(t)
    return this.lang.heads.has(s) || this.lang.modifiers.has(s) || (documents && this.lang.documents.has(s))
  }

  /** The last word of a source's phrase: a name, or a noun such as "officials" or "ministry". */
  isHead(i: number, documents = false): boolean {
    const t = this.usable(i)
    if (t === undefined) return false
    if (this.isName(i)) return true
    const s = stem(t)
    return this.lang.heads.has(s) || (documents && this.lang.documents.has(s))
  }

  isDeterminer(i: number): boolean {
    const t = this.usable(i)
    return t !== undefined && this.lang.determiners.has(t.lower)
  }

  private isJoiner(i: number): boolean {
    const t = this.usable(i)
    return t !== undefined && !t.capital && this.lang.joiners.has(t.lower)
  }

  private inPhrase(i: number, documents: boolean): boolean {
    return this.isName(i) || this.isNounWord(i, documents)
  }

  /** The phrase ending just before `end`, or null when the word there cannot end one. */
  before(end: number, documents = false): Phrase | null {
    if (!this.isHead(end - 1, documents)) return null
    let from = end - 1
    for (let i = end - 2; i >= 0; i--) {
      if (this.inPhrase(i, documents)) {
        from = i
      } else if (
        this.isJoiner(i) &&
        (this.isName(i + 1) || this.isJoiner(i + 1)) &&
        (this.isName(i - 1) || this.isJoiner(i - 1))
      ) {
        from = i
      } else {
        if (this.isDeterminer(i)) from = i
        else from = this.unknownModifiers(i, from)
        break
      }
    }
    // A phrase cannot start with a joiner left over from the walk: "of War" alone is no name.
    while (from < end - 1 && this.isJoiner(from) && !this.isDeterminer(from)) from++
    return { from, to: end }
  }

  /**
   * "the statistics office": lower-case words outside the tables, kept only when a determiner
   * closes them within two words, so "heavy losses said" never becomes a phrase.
   */
  private unknownModifiers(i: number, from: number): number {
    const head = this.tokens[from]
    if (head === undefined || head.capital) return from
    for (let k = i; k >= Math.max(0, i - 2); k--) {
      const t = this.usable(k)
      if (t === undefined || t.capital || this.lang.cues.has(t.lower)) return from
      if (this.lang.determiners.has(t.lower)) return k
    }
    return from
  }

  /** The phrase starting at `start` (a determiner may open it), or null. */
  after(start: number, documents = false): Phrase | null {
    let i = start
    if (this.isDeterminer(i)) i++
    const first = i
    let to = -1
    while (i < this.tokens.length) {
      if (this.inPhrase(i, documents)) {
        i++
        if (this.isHead(i - 1, documents)) to = i
      } else if (this.isJoiner(i) && i > first && (this.isName(i + 1) || this.isJoiner(i + 1))) {
        i++
      } else break
    }
    return to > first ? { from: start, to } : null
  }

  /** "(ISW)" right after a phrase: the acronym the text gives it, as a token index. */
  acronymAfter(to: number): number | null {
    const [open, word, close] = [this.tokens[to], this.tokens[to + 1], this.tokens[to + 2]]
    if (open?.text !== '(' || close?.text !== ')' || word?.type !== 'word') return null
    return /^[\p{Lu}\p{N}.&-]{2,}$/u.test(word.text) ? to + 1 : null
  }

  /** After an unnamed source, "familiar with the matter" or "close to the Kremlin": where it ends. */
  postModifierEnd(to: number): number {
    if (!this.lang.postModifiers.has(this.tokens[to]?.lower ?? '')) return to
    let end = to + 1
    const limit = Math.min(this.tokens.length, to + 8)
    while (end < limit && this.usable(end) && !this.lang.cues.has(this.tokens[end].lower)) end++
    return end
  }

  /**
   * An unnamed source with a trailing modifier that ends at `end`: "people familiar with the
   * matter", "a source close to the Kremlin". Looks back a few words for "familiar"/"close".
   */
  beforeWithPostModifier(end: number): Phrase | null {
    for (let p = end - 1; p >= Math.max(1, end - 7); p--) {
      const t = this.usable(p)
      if (t === undefined) return null
      if (this.lang.postModifiers.has(t.lower) && this.lang.unnamedHeads.has(stem(this.tokens[p - 1]))) {
        const head = this.before(p)
        return head === null ? null : { from: head.from, to: end }
      }
    }
    return null
  }

  /** The earlier comma of an aside that ends with the comma at `comma`: ", a spokesperson for Y,". */
  asideStart(comma: number): number | null {
    for (let i = comma - 1; i >= Math.max(0, comma - 25); i--) {
      const t = this.tokens[i]
      if (t.text === ',' || t.text === '(' || t.text === '—' || t.text === '–') return i
      if (t.type !== 'word' || t.quoted || this.lang.cues.has(t.lower)) return null
    }
    return null
  }

  /** Words that open an aside describing a source: "a spokesperson…", "who…", "45", "head of…". */
  opensAside(i: number): boolean {
    const t = this.usable(i)
    if (t === undefined) return false
    const l = t.lower
    return (
      this.lang.determiners.has(l) ||
      l === 'who' ||
      l === 'which' ||
      l === 'whose' ||
      l === 'speaking' ||
      l === 'citing' ||
      /^\p{N}/u.test(l) ||
      this.lang.roles.has(stem(t).split('-')[0]) ||
      this.lang.modifiers.has(l)
    )
  }
}
