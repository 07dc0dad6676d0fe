// How search sees words: the same folding for the index, the query and the highlighted snippet, so
// "gdansk" finds "Gdańsk" and the snippet marks the word that was found.

/** Letters that Unicode does not decompose into a base letter and a mark. */
const UNDECOMPOSED: Record<string, string> = {
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ı: 'i',
  þ: 'th',
  ħ: 'h'
}
const UNDECOMPOSED_RE = new RegExp(`[${Object.keys(UNDECOMPOSED).join('')}]`, 'g')

/** A word as the index keeps it: lower case, without diacritics ("Gdańsk" → "gdansk"). */
export function foldWord(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(UNDECOMPOSED_RE, (c) => UNDECOMPOSED[c])
}

/** A word of a text and where it stands in it. */
export interface WordAt {
  word: string
  start: number
  end: number
}

// Letters with their marks, and digits: "Ukraine's" is two words, "1,200" two numbers, so a
// search for "ukraine" or "1200" behaves the same whatever the punctuation around them.
const WORD_RE = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu

/** Every word of `text`, in order, with its place. */
export function wordsAt(text: string): WordAt[] {
  const words: WordAt[] = []
  for (const m of text.matchAll(WORD_RE))
    words.push({ word: m[0], start: m.index, end: m.index + m[0].length })
  return words
}

/** The words of `text` alone, as the index's tokenizer. */
export function words(text: string): string[] {
  return text.match(WORD_RE) ?? []
}
