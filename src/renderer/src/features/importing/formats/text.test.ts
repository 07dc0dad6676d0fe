// A plain-text article's headline and byline become its title and author, out of the text.
import { describe, expect, it } from 'vitest'
import { readTextArticle } from './text'

describe('readTextArticle', () => {
  it('takes the headline as the title and the "By …" line as the author, CRLF or not', () => {
    const file =
      'North Korean troops withdraw from Kursk\r\nBy Olena Harmash\r\n\r\nThe troops left on Friday, officials said.\r\n'
    expect(readTextArticle('article cp1252.txt', file)).toEqual({
      title: 'North Korean troops withdraw from Kursk',
      author: 'Olena Harmash',
      text: 'The troops left on Friday, officials said.\n',
      mediaType: 'text/plain'
    })
  })

  it('keeps the file name as the title when the first line is a sentence', () => {
    const file = 'The troops left on Friday, officials said.\n\nThey arrived in October.'
    expect(readTextArticle('kursk-report_final.txt', file)).toEqual({
      title: 'kursk report final',
      author: undefined,
      text: file,
      mediaType: 'text/plain'
    })
  })
})
