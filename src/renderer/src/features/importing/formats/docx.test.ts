// Word files written by the test writer, read through the import's own entry (mammoth in the worker).
import { describe, expect, it } from 'vitest'
import { FileReadError, readFileAsDraft } from '../read-file'
import { writeDocx, writeZip, type DocxBlock } from './docx-test-writer'

const read = (fileName: string, bytes: Uint8Array) => readFileAsDraft({ fileName, bytes })

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

describe('reading a Word file', () => {
  it('keeps headings and list items as lines of their own, and tables and footnotes out of the text', async () => {
    const draft = await read('corridor.docx', writeDocx(report))
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

  it('takes its first heading as the title, not imported twice', async () => {
    const draft = await read('corridor.docx', writeDocx(report))
    expect(draft.title).toBe('Grain corridor reopens after talks')
    expect(draft.text).not.toContain('Grain corridor reopens')
  })

  it("prefers the document's own title from its properties, keeping the first heading in the text", async () => {
    const draft = await read(
      'corridor.docx',
      writeDocx(report, { title: 'Black Sea grain: the corridor reopens' })
    )
    expect(draft.title).toBe('Black Sea grain: the corridor reopens')
    expect(draft.text.startsWith('Grain corridor reopens after talks\n\nShips left Odesa')).toBe(true)
  })

  it('refuses a damaged Word file saying so', async () => {
    for (const bytes of [
      new TextEncoder().encode('PK\u0003\u0004 not a whole archive'),
      writeZip({ 'word/readme.txt': 'a zip without a document in it' })
    ]) {
      const error = await read('broken.docx', bytes).then(
        () => undefined,
        (e: unknown) => e
      )
      expect(error).toBeInstanceOf(FileReadError)
      expect((error as Error).message).toMatch(
        /^“broken\.docx” is a damaged Word file and cannot be read \(.+\)\.$/
      )
    }
  })
})
