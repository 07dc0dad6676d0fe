// JSON-LD fields in every shape schema.org allows are read; any other shape is dropped, never thrown.
import { describe, expect, it } from 'vitest'
import { jsonLdArticle, jsonLdAuthor, jsonLdText } from './json-ld'

describe('jsonLdArticle', () => {
  it('finds the article in a @graph and reads lists of headlines, dates and authors', () => {
    const ld = jsonLdArticle([
      '{ broken',
      JSON.stringify({
        '@graph': [
          { '@type': 'WebSite', name: 'Example' },
          {
            '@type': ['NewsArticle'],
            headline: ['Strikes hit the grid', 'Second headline'],
            datePublished: ['2025-01-15T06:10:00Z'],
            author: [{ name: 'Olena Harmash' }, 'Tom Balmforth', { name: 'Olena Harmash' }]
          }
        ]
      })
    ])
    expect(jsonLdText(ld?.headline)).toBe('Strikes hit the grid')
    expect(jsonLdText(ld?.datePublished)).toBe('2025-01-15T06:10:00Z')
    expect(jsonLdAuthor(ld?.author)).toBe('Olena Harmash, Tom Balmforth')
  })

  it('drops a field of a shape schema.org does not allow, keeping the others', () => {
    const ld = jsonLdArticle([
      JSON.stringify({
        '@type': 'Article',
        headline: { '@value': 1 },
        author: 7,
        publisher: { name: 'Example Wire' }
      })
    ])
    expect(ld?.headline).toBeUndefined()
    expect(ld?.author).toBeUndefined()
    expect(jsonLdText(ld?.publisher)).toBe('Example Wire')
    expect(
      jsonLdArticle([JSON.stringify({ '@type': 'WebPage', headline: 'Not an article' })])
    ).toBeUndefined()
  })
})
