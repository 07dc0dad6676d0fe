// A Markdown article is read as a reader sees it: no syntax in the sentences, link texts kept,
// the title and details from the first heading and the front matter.
import { describe, expect, it } from 'vitest'
import { segmentSentences } from '@shared/segment'
import { readMarkdownArticle } from './markdown'

const NOTE = `---
title: Sweden sends new defence package to Kyiv
authors:
  - Anna Lindqvist
  - Jan de Vries
date: 2025-01-15
outlet: Example News
---

# Sweden sends new defence package to Kyiv

Sweden will send **air defence systems** and *artillery ammunition* to Ukraine, the
[defence ministry](https://mod.example.se/news/package-18) said on Wednesday.

## What the package holds

> “This is our largest package so far,” the minister told reporters.

- Two ~~air~~ air defence systems
- Artillery ammunition, see [the list][list]

\`\`\`json
{ "value": "SEK 13.5 billion" }
\`\`\`

| item | value |
| ---- | ----- |
| ammunition | SEK 4 billion |

Source: [Example News](https://example-news.test/sweden-package-18)

[list]: https://mod.example.se/list
`

describe('readMarkdownArticle', () => {
  it('keeps the words without the syntax, headings on lines of their own, link texts kept', () => {
    const article = readMarkdownArticle('sweden.md', NOTE)
    expect(article.text.split('\n\n')).toEqual([
      'Sweden will send air defence systems and artillery ammunition to Ukraine, the defence ministry said on Wednesday.',
      'What the package holds',
      '“This is our largest package so far,” the minister told reporters.',
      '  Two air air defence systems',
      '  Artillery ammunition, see the list'
    ])
    for (const syntax of ['#', '**', '*', '[', '](', '> ', '~~', '```', '|', '---']) {
      expect(article.text).not.toContain(syntax)
    }
    expect(article.notes).toEqual(['1 code block kept out of the text.', '1 table kept out of the text.'])
  })

  it('reads list items as list items, not headings, and a heading as a heading', () => {
    const { text } = readMarkdownArticle('sweden.md', NOTE)
    const kinds = segmentSentences(text).map((s) => [s.kind, text.slice(s.start, s.end)])
    expect(kinds).toContainEqual(['list-item', 'Two air air defence systems'])
    expect(kinds).toContainEqual(['heading', 'What the package holds'])
  })

  it('reads the front matter as the details, and a "Source:" link as the address; other links listed', () => {
    expect(readMarkdownArticle('sweden.md', NOTE)).toMatchObject({
      title: 'Sweden sends new defence package to Kyiv',
      author: 'Anna Lindqvist, Jan de Vries',
      publishedAt: '2025-01-15',
      outlet: 'Example News',
      url: 'https://example-news.test/sweden-package-18',
      links: [
        { text: 'defence ministry', url: 'https://mod.example.se/news/package-18' },
        { text: 'the list', url: 'https://mod.example.se/list' }
      ]
    })
  })

  it('takes the first # heading as the title and an emphasised "By …" line as the byline, without front matter', () => {
    const article = readMarkdownArticle(
      'kursk.md',
      '# North Korean troops withdraw from Kursk\n\n*By Olena Harmash*\n\nThe troops left on Friday, officials said.\n\n# Background\n\nThey arrived in October.'
    )
    expect(article).toMatchObject({
      title: 'North Korean troops withdraw from Kursk',
      author: 'Olena Harmash',
      text: 'The troops left on Friday, officials said.\n\nBackground\n\nThey arrived in October.',
      url: undefined
    })
  })

  it('refuses front matter with a field of the wrong type, naming the file and the field', () => {
    expect(() => readMarkdownArticle('note.md', '---\ndate: [2025, 1, 15]\n---\n\nText.')).toThrow(
      '“note.md”: front matter: date: must be a date such as 2025-01-15.'
    )
    expect(() =>
      readMarkdownArticle('empty.md', '---\ntitle: Only a title\n---\n\n```\ncode\n```\n')
    ).toThrow('“empty.md”: no article text found in this Markdown file.')
  })
})
