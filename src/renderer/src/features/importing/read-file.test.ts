// Every file picked or dropped for import is read as what it is: an article, a backup to restore,
// or refused by name, saying why. Bytes that are not text never become sentences.
import { describe, expect, it } from 'vitest'
import { pageTurnsDuring } from '../../test-support/page-turns'
import { readArticleFile } from './read-file'

const bytes = (...parts: (number[] | string)[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)))
const read = (fileName: string, data: Uint8Array, replaceInvalidUtf8?: boolean) =>
  readArticleFile({ fileName, bytes: data }, { replaceInvalidUtf8 })

/** A real 1×1 PNG, as an image editor writes it. */
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0)
)

describe('readArticleFile', () => {
  it('lets the page run between the steps of reading a text file: a large file never holds it in one task', async () => {
    const line = 'Troops withdrew from the front on Tuesday, officials said.'
    const text = `Troops withdraw\n${`${line}\n`.repeat(20_000)}`
    for (const fileName of ['long.txt', 'long.md']) {
      const { turns, result } = await pageTurnsDuring(() => read(fileName, bytes(text)))
      expect(turns).toBeGreaterThan(0)
      expect(result.kind).toBe('article')
      // Every line read, none lost between the steps.
      expect(result.kind === 'article' && result.article.text.split(line).length - 1).toBe(20_000)
    }
  })

  it('refuses a PNG renamed .txt, naming the file and what it looks like', async () => {
    expect(await read('photo.txt', PNG)).toEqual({
      kind: 'refused',
      message: '“photo.txt” looks like a PNG image, not text.'
    })
  })

  it('refuses binary data under a text name', async () => {
    const data = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)
    expect(await read('notes.md', data)).toEqual({
      kind: 'refused',
      message: '“notes.md” looks like binary data (it contains NUL bytes), not text.'
    })
    expect(await read('page.html', bytes('%PDF-1.4\n1 0 obj\n'))).toEqual({
      kind: 'refused',
      message: '“page.html” looks like a PDF document, not text.'
    })
  })

  it('reports UTF-8 with 3 invalid bytes with their places, and imports it with U+FFFD only when agreed', async () => {
    const data = bytes(
      'Port reopens in Gdańsk\n\n',
      'The port of Gda',
      [0xc5],
      'sk reopened on Friday, officials said.\n',
      'Ships were ',
      [0x93],
      'waiting',
      [0x94],
      ' offshore.\n'
    )
    expect(await read('gdansk.txt', data)).toEqual({
      kind: 'invalid-utf8',
      message:
        '“gdansk.txt” is UTF-8 with 3 invalid byte sequences (at line:column 3:16, 4:12, 4:20). ' +
        'It can be imported with each shown as �.'
    })
    expect(await read('gdansk.txt', data, true)).toMatchObject({
      kind: 'article',
      article: {
        title: 'Port reopens in Gdańsk',
        text: 'The port of Gda�sk reopened on Friday, officials said.\nShips were �waiting� offshore.\n'
      }
    })
  })

  it('still reads a Windows-1252 file, which holds no UTF-8 at all', async () => {
    const data = bytes(
      'Caf',
      [0xe9],
      ' owner says ',
      [0x93],
      'business is back',
      [0x94],
      ' in Gda',
      [0xf1],
      'sk.'
    )
    expect(await read('cafe.txt', data)).toMatchObject({
      kind: 'article',
      article: { text: 'Café owner says “business is back” in Gdañsk.' }
    })
  })

  it('recognises a Sourcemark backup by its format mark, and refuses other JSON saying why', async () => {
    const backup = bytes(JSON.stringify({ format: 'sourcemark-backup', version: 3, articles: [] }))
    expect(await read('library.json', backup)).toEqual({
      kind: 'backup',
      file: { fileName: 'library.json', bytes: backup }
    })
    expect(await read('data.json', bytes('{"articles": []}'))).toEqual({
      kind: 'refused',
      message:
        '“data.json” is JSON but not a Sourcemark backup (no "format": "sourcemark-backup"); articles are read from .txt, .md, .html, .pdf and .docx files.'
    })
    expect(await read('broken.json', bytes('{"format": '))).toEqual({
      kind: 'refused',
      message: '“broken.json” is not valid JSON, so it is neither an article nor a Sourcemark backup.'
    })
  })

  it('reads Markdown as Markdown', async () => {
    expect(
      await read('note.md', bytes('# Kursk\n\nThe troops **left** on [Friday](https://x.test/a).'))
    ).toEqual({
      kind: 'article',
      article: expect.objectContaining({
        title: 'Kursk',
        text: 'The troops left on Friday.',
        mediaType: 'text/markdown'
      })
    })
  })
})
