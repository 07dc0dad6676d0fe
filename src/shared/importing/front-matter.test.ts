// Front matter gives an article its details; a field of the wrong type is refused by name.
import { describe, expect, it } from 'vitest'
import { readFrontMatter } from './front-matter'

describe('readFrontMatter', () => {
  it('reads title, authors, date, address and outlet', () => {
    const yaml = [
      'title: "Sweden sends new defence package to Kyiv"',
      'authors: [Anna Lindqvist, Jan de Vries]',
      'date: 2025-01-15',
      'url: https://example-news.test/sweden-package',
      'publisher: Example News',
      'tags: [defence, sweden]'
    ].join('\n')
    expect(readFrontMatter(yaml)).toEqual({
      ok: true,
      details: {
        title: 'Sweden sends new defence package to Kyiv',
        author: 'Anna Lindqvist, Jan de Vries',
        publishedAt: '2025-01-15',
        url: 'https://example-news.test/sweden-package',
        outlet: 'Example News'
      }
    })
  })

  it('takes "source" as the address when it is one, else as the outlet; a date-time as its date', () => {
    expect(readFrontMatter('source: https://example.test/a\ndate: 2025-01-15T08:30:00Z')).toEqual({
      ok: true,
      details: { url: 'https://example.test/a', publishedAt: '2025-01-15' }
    })
    expect(readFrontMatter('source: Reuters\nauthor: Olena Harmash')).toEqual({
      ok: true,
      details: { outlet: 'Reuters', author: 'Olena Harmash' }
    })
    expect(readFrontMatter('')).toEqual({ ok: true, details: {} })
  })

  it('refuses a wrong type or value, naming the field', () => {
    expect(readFrontMatter('title: [Kursk, Sweden]')).toEqual({
      ok: false,
      error: 'front matter: title: must be text'
    })
    expect(readFrontMatter('date: 15 January')).toEqual({
      ok: false,
      error: 'front matter: date: must be a date such as 2025-01-15'
    })
    expect(readFrontMatter('date: 2025')).toEqual({
      ok: false,
      error: 'front matter: date: must be a date such as 2025-01-15'
    })
    expect(readFrontMatter('url: javascript:alert(1)')).toEqual({
      ok: false,
      error: 'front matter: url: must be a web address starting http:// or https://'
    })
    expect(readFrontMatter('author: {name: Olena}')).toEqual({
      ok: false,
      error: 'front matter: author: must be a name or a list of names'
    })
    expect(readFrontMatter('title: "unclosed')).toMatchObject({ ok: false })
    expect((readFrontMatter('title: "unclosed') as { error: string }).error).toMatch(
      /^front matter is not valid YAML: /
    )
    expect(readFrontMatter('- a list')).toEqual({
      ok: false,
      error: 'front matter must be fields such as "title: …", one a line'
    })
  })
})
