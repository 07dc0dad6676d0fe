// The batch model's rules, row by row: each file's details are its own, a text already read in
// the batch is a duplicate of that row (unless it is left out), and the summary says what became
// of every file, including the ones the import never reached.
import { describe, expect, it } from 'vitest'
import { outcomesOf, rowsOf, rowsToImport, summaryOf, withRead, type BatchRow, type RowRead } from './batch'

const bytes = new Uint8Array([1])
const article = (title: string, sha256: string, extra: object = {}): RowRead => ({
  kind: 'article',
  article: { title, text: `${title}.`, mediaType: 'text/plain', ...extra },
  sha256,
  sentenceCount: 1
})

function batch(...reads: RowRead[]): BatchRow[] {
  const rows = rowsOf(reads.map((_, i) => ({ fileName: `file-${i}.txt`, bytes })))
  return rows.map((row, i) => withRead(row, reads[i]!))
}

describe('a batch', () => {
  it('refuses a file refused before reading on its row, and reads the others', () => {
    const rows = rowsOf([
      { fileName: 'kursk.txt', bytes },
      { fileName: 'huge.txt', refusal: 'huge.txt is 61.2 MB; the limit is 50 MB' }
    ])
    expect(rows.map((row) => row.read)).toEqual([
      { kind: 'waiting' },
      { kind: 'refused', message: 'huge.txt is 61.2 MB; the limit is 50 MB' }
    ])
  })

  it('gives each row the details its own file gave, and empties the ones it did not', () => {
    const rows = batch(
      article('Grid hit', 'a', {
        outlet: 'Example Independent',
        author: 'Olena Harmash',
        url: 'https://x.test/'
      }),
      article('Odesa port', 'b')
    )
    expect(rows[1]!.details).toEqual({
      title: 'Odesa port',
      outlet: '',
      author: '',
      publishedAt: '',
      url: ''
    })
    expect(rows[0]!.details.outlet).toBe('Example Independent')
  })

  it('takes a text an earlier row holds as a duplicate of that row, unless that row is left out', () => {
    const rows = batch(article('Kursk', 'same'), article('Kursk copy', 'same'))
    expect(outcomesOf(rows).get(1)).toEqual({ kind: 'duplicate', inBatch: true, ofRow: 0, title: 'Kursk' })
    expect(rowsToImport(rows).map((row) => row.id)).toEqual([0])
    rows[0] = { ...rows[0]!, included: false }
    expect(outcomesOf(rows).get(1)).toEqual({ kind: 'ready' })
    expect(rowsToImport(rows).map((row) => row.id)).toEqual([1])
  })

  it('takes a text the library holds as a duplicate of the stored article', () => {
    const read = { ...article('Kursk', 'k'), known: { articleId: 'a1', title: 'Stored Kursk' } } as RowRead
    const rows = batch(read)
    expect(outcomesOf(rows).get(0)).toMatchObject({
      kind: 'duplicate',
      inBatch: false,
      title: 'Stored Kursk'
    })
    expect(rowsToImport(rows)).toEqual([])
    expect(summaryOf(rows).merged).toEqual([
      { fileName: 'file-0.txt', title: 'Stored Kursk', articleId: 'a1' }
    ])
  })

  it('says what became of every file, the ones the import never reached included', () => {
    const rows = batch(
      article('Kursk', 'k'),
      article('Kursk copy', 'k'),
      article('Odesa', 'o'),
      { kind: 'invalid-utf8', message: '1 invalid sequence' },
      { kind: 'password', wrong: false },
      { kind: 'backup' },
      article('Left', 'l')
    )
    rows[0] = { ...rows[0]!, result: { kind: 'failed', message: 'URL: “ftp://x” is not a web address.' } }
    rows[2] = { ...rows[2]!, result: { kind: 'cancelled' } }
    rows[6] = { ...rows[6]!, included: false }
    expect(summaryOf(rows)).toEqual({
      imported: [],
      merged: [],
      notImported: [
        { fileName: 'file-0.txt', reason: 'URL: “ftp://x” is not a web address.' },
        { fileName: 'file-1.txt', reason: 'the same text as “file-0.txt”, which was not imported.' },
        { fileName: 'file-2.txt', reason: 'the import was cancelled before it.' },
        {
          fileName: 'file-3.txt',
          reason: 'its invalid UTF-8 was not agreed to be imported with � in its place.'
        },
        { fileName: 'file-4.txt', reason: 'it is a PDF locked with a password, none given.' },
        {
          fileName: 'file-5.txt',
          reason: 'it is a Sourcemark backup: restore it with Library ▾ → Restore backup….'
        }
      ],
      leftOut: [{ fileName: 'file-6.txt' }]
    })
  })

  it('counts a duplicate of a row that was imported as merged into that row’s article', () => {
    const rows = batch(article('Kursk', 'k'), article('Kursk copy', 'k'))
    rows[0] = { ...rows[0]!, result: { kind: 'imported', articleId: 'new', sentenceCount: 1 } }
    expect(summaryOf(rows)).toMatchObject({
      imported: [{ fileName: 'file-0.txt', title: 'Kursk', articleId: 'new', sentenceCount: 1 }],
      merged: [{ fileName: 'file-1.txt', title: 'Kursk', articleId: 'new' }]
    })
  })
})

describe('reading a batch', () => {
  it('reads at most two files at once, in order, and starts no more once cancelled', async () => {
    const { eachWithLimit, READ_CONCURRENCY } = await import('./batch-read')
    const started: number[] = []
    let running = 0
    let most = 0
    const controller = new AbortController()
    await eachWithLimit([0, 1, 2, 3, 4, 5], READ_CONCURRENCY, controller.signal, async (item) => {
      started.push(item)
      running++
      most = Math.max(most, running)
      await new Promise((resolve) => setTimeout(resolve, 5))
      running--
      if (item === 2) controller.abort()
    })
    expect(most).toBe(2)
    // Cancelled as the third file finished: the fourth had started beside it, no other after.
    expect(started).toEqual([0, 1, 2, 3])
  })
})
