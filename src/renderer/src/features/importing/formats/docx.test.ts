// Word files written by the docx library (in Node, through the test's fixture commands), read
// through the import's own entry: mammoth in the file reader's worker, in real Chromium.
import { describe, expect, it } from 'vitest'
import { docxFile, type DocxBlock } from '../../../../../../test-support/fixtures/browser'
import { FileReadError, readFileAsDraft } from '../read-file'

const read = (fileName: string, bytes: Uint8Array) => readFileAsDraft({ fileName, bytes })

/** A report with two headings, a footnote, a bulleted list and a table. */
const report: DocxBlock[] = [
  { heading: 1, text: 'Grain corridor reopens after talks' },
  {
    paragraph: 'Ships left Odesa on Tuesday for the first time in a month.',
    footnote: 'Port authority statement, 4 June.'
  },
  { heading: 2, text: 'What was agreed' },
  { bullet: 'Inspections move to Istanbul.' },
  { bullet: 'Insurance is guaranteed for ninety days.' },
  {
    table: [
      ['Port', 'Ships'],
      ['Odesa', '12'],
      ['Chornomorsk', '7']
    ]
  },
  { paragraph: 'Traders expect prices to fall by the autumn.' }
]

async function failure(promise: Promise<unknown>): Promise<FileReadError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(FileReadError)
  return error as FileReadError
}

describe('reading a Word file', () => {
  it('keeps headings and list items as lines of their own, and tables and footnotes out of the text', async () => {
    const draft = await read('corridor.docx', await docxFile({ blocks: report }))
    expect(draft.text.split('\n\n')).toEqual([
      'Ships left Odesa on Tuesday for the first time in a month.',
      'What was agreed',
      '  Inspections move to Istanbul.',
      '  Insurance is guaranteed for ninety days.',
      'Traders expect prices to fall by the autumn.'
    ])
    expect(draft.leftOut).toEqual([
      'a table of 3 rows (Port · Ships)',
      'footnote 1: Port authority statement, 4 June.'
    ])
  })

  it('without a title in its properties, takes its first heading as the title, not imported twice', async () => {
    const draft = await read('corridor.docx', await docxFile({ blocks: report }))
    expect(draft.title).toBe('Grain corridor reopens after talks')
    expect(draft.text).not.toContain('Grain corridor reopens')
  })

  it("prefers the document's own title from its properties, keeping the first heading in the text", async () => {
    const draft = await read(
      'corridor.docx',
      await docxFile({ blocks: report, title: 'Black Sea grain: the corridor reopens' })
    )
    expect(draft.title).toBe('Black Sea grain: the corridor reopens')
    expect(draft.text.startsWith('Grain corridor reopens after talks\n\nShips left Odesa')).toBe(true)
  })

  it('refuses a damaged Word file saying so', async () => {
    const whole = await docxFile({ blocks: report })
    for (const bytes of [
      // The report cut off half way: its archive's directory is gone.
      whole.slice(0, whole.length / 2),
      // Only the start of an archive.
      new TextEncoder().encode('PK\u0003\u0004 not a whole archive')
    ]) {
      const error = await failure(read('broken.docx', bytes))
      expect(error.message).toMatch(/^“broken\.docx” is a damaged Word file and cannot be read \(.+\)\.$/)
    }
  })
})
