import { describe, expect, it } from 'vitest'
import { foldWord, words } from './fold'
import { LibraryIndex, type SentenceEntry } from './library-index'
import { nameMatcher } from './name-match'
import { snippetParts } from './snippet'

const KURSK: SentenceEntry[] = [
  { id: 'kursk:0', text: 'North Korean troops withdrew from the Kursk front on Tuesday.' },
  { id: 'kursk:1', text: 'Officials in Kyiv said the withdrawal was not confirmed.' },
  { id: 'kursk:2', text: 'The shipyard in Gdańsk reported a drone over the harbour.' }
]
const PORT: SentenceEntry[] = [
  { id: 'port:0', text: 'Dockers in Gdansk went on strike, according to Łukasz Wójcik.' },
  { id: 'port:1', text: 'Pyongyang denied that its soldiers were in Russia.' }
]

function library(): LibraryIndex {
  const index = new LibraryIndex()
  index.setArticle('kursk', KURSK)
  index.setArticle('port', PORT)
  return index
}

const ids = (index: LibraryIndex, query: string, articleId?: string) =>
  index.search(query, { limit: 10, articleId }).map((h) => h.id)

describe('words as search sees them', () => {
  it('fold case and diacritics, including letters Unicode does not decompose', () => {
    expect(['Gdańsk', 'Łukasz', 'Wójcik', 'Straße', 'Ørsted', 'KURSK'].map(foldWord)).toEqual([
      'gdansk',
      'lukasz',
      'wojcik',
      'strasse',
      'orsted',
      'kursk'
    ])
  })

  it('split at punctuation and spaces, keeping letters with their marks', () => {
    expect(words('Ukraine’s 1,200 “drones” — Gdańsk-based')).toEqual([
      'Ukraine',
      's',
      '1',
      '200',
      'drones',
      'Gdańsk',
      'based'
    ])
  })
})

describe('the library index', () => {
  it('finds a whole word in any article, and nothing for a word no sentence holds', () => {
    const index = library()
    expect(ids(index, 'Kursk')).toEqual(['kursk:0'])
    expect(ids(index, 'kursk')).toEqual(['kursk:0'])
    expect(ids(index, 'Kharkiv')).toEqual([])
  })

  it('finds words by their beginning, as the analyst types', () => {
    const index = library()
    expect(ids(index, 'withdr').sort()).toEqual(['kursk:0', 'kursk:1'])
    expect(ids(index, 'pyong')).toEqual(['port:1'])
    // One letter is not a prefix: it would match most of the library.
    expect(ids(index, 'p')).toEqual([])
  })

  it('finds a misspelt word, but not a different short word', () => {
    const index = library()
    expect(ids(index, 'Pyongyng')).toEqual(['port:1'])
    expect(ids(index, 'Kusk')).toEqual(['kursk:0'])
    // Three letters are matched exactly: "Kyv" is not "Kyiv".
    expect(ids(index, 'Kyv')).toEqual([])
  })

  it('folds diacritics both ways', () => {
    const index = library()
    expect(ids(index, 'gdansk').sort()).toEqual(['kursk:2', 'port:0'])
    expect(ids(index, 'Gdańsk').sort()).toEqual(['kursk:2', 'port:0'])
    expect(ids(index, 'lukasz wojcik')).toEqual(['port:0'])
  })

  it('needs every word of a query of several words', () => {
    const index = library()
    expect(ids(index, 'troops Kursk')).toEqual(['kursk:0'])
    expect(ids(index, 'troops Gdansk')).toEqual([])
  })

  it('leaves out words of one or two letters beside longer ones, but searches them alone', () => {
    const index = library()
    // Neither sentence holds "of": it is not asked for.
    expect(ids(index, 'Pyongyang of Russia')).toEqual(['port:1'])
    expect(ids(index, 'officials of Kyiv')).toEqual(['kursk:1'])
    expect(ids(index, 'in').sort()).toEqual(['kursk:1', 'kursk:2', 'port:0', 'port:1'])
  })

  it('searches one article only when asked', () => {
    const index = library()
    expect(ids(index, 'gdansk', 'port')).toEqual(['port:0'])
  })

  it('marks the matched words in the snippet, whatever their accents', () => {
    const [hit] = library().search('gdansk strike', { limit: 1 })
    expect(hit.articleId).toBe('port')
    expect(hit.snippet.filter((p) => p.hit).map((p) => p.text)).toEqual(['Gdansk', 'strike'])
    expect(hit.snippet.map((p) => p.text).join('')).toBe(PORT[0].text)
  })
})

describe('the library index kept in step', () => {
  it('adds the sentences of an imported article', () => {
    const index = library()
    const change = index.setArticle('new', [{ id: 'new:0', text: 'Sappers cleared the bridge at Sumy.' }])
    expect(change).toEqual({ added: 1, changed: 0, removed: 0 })
    expect(ids(index, 'sappers')).toEqual(['new:0'])
    expect(index.size).toBe(6)
  })

  it('after a split, finds each half under its own id', () => {
    const index = library()
    const change = index.setArticle('kursk', [
      { id: 'kursk:0', text: 'North Korean troops withdrew from the Kursk front on Tuesday.' },
      { id: 'kursk:1', text: 'Officials in Kyiv said' },
      { id: 'kursk:3', text: 'the withdrawal was not confirmed.' },
      KURSK[2]
    ])
    expect(change).toEqual({ added: 1, changed: 1, removed: 0 })
    expect(ids(index, 'Kyiv')).toEqual(['kursk:1'])
    expect(ids(index, 'confirmed')).toEqual(['kursk:3'])
  })

  it('after a merge, finds the words of both in the one left', () => {
    const index = library()
    const merged = `${KURSK[0].text} ${KURSK[1].text}`
    const change = index.setArticle('kursk', [{ id: 'kursk:0', text: merged }, KURSK[2]])
    expect(change).toEqual({ added: 0, changed: 1, removed: 1 })
    expect(ids(index, 'Kyiv confirmed')).toEqual(['kursk:0'])
    expect(ids(index, 'officials')).toEqual(['kursk:0'])
  })

  it('after an edit, finds the new words and no longer the old ones', () => {
    const index = library()
    index.setArticle('port', [{ id: 'port:0', text: 'Dockers in Szczecin went on strike.' }, PORT[1]])
    expect(ids(index, 'szczecin')).toEqual(['port:0'])
    expect(ids(index, 'gdansk')).toEqual(['kursk:2'])
  })

  it('after a deletion, finds nothing of the article', () => {
    const index = library()
    expect(index.removeArticle('port')).toEqual({ added: 0, changed: 0, removed: 2 })
    expect(ids(index, 'pyongyang')).toEqual([])
    expect(ids(index, 'gdansk')).toEqual(['kursk:2'])
    expect(index.articleIds()).toEqual(['kursk'])
  })

  it('does nothing for an article given again unchanged', () => {
    const index = library()
    expect(index.setArticle('kursk', KURSK)).toEqual({ added: 0, changed: 0, removed: 0 })
    expect(index.size).toBe(5)
  })
})

describe('a result’s snippet', () => {
  it('shows a long sentence around its first match, starting and ending on whole words', () => {
    const text = `${'Earlier reports spoke of shelling near the border. '.repeat(6)}Then Gdańsk was named. ${'More words follow here. '.repeat(6)}`
    const parts = snippetParts(text, ['gdansk'], 80)
    const shown = parts.map((p) => p.text).join('')
    expect(shown.startsWith('… ')).toBe(true)
    expect(shown.endsWith(' …')).toBe(true)
    expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(['Gdańsk'])
    expect(shown.length).toBeLessThanOrEqual(80 + 4)
    expect(shown).not.toMatch(/… [a-z]+[A-Z]/)
  })
})

describe('names matched in the palette', () => {
  it('match when every word typed begins a word of a name, accents aside', () => {
    expect(nameMatcher('kyiv ind')(['The Kyiv Independent'])).toBe(true)
    expect(nameMatcher('GDANSK')(['Port of Gdańsk', undefined])).toBe(true)
    expect(nameMatcher('reut')(['Kursk withdrawal', 'Reuters'])).toBe(true)
  })

  it('do not match a word inside another, a missing word, or nothing typed', () => {
    expect(nameMatcher('dependent')(['The Kyiv Independent'])).toBe(false)
    expect(nameMatcher('kyiv post')(['The Kyiv Independent'])).toBe(false)
    expect(nameMatcher('  ')(['Anything'])).toBe(false)
  })
})
