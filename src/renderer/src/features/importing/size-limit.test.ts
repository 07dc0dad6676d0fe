// The 50 MB limit on the paths the page reads itself: a dropped file is refused by its size,
// never read; a pasted text over it is refused with nothing written. Real Chromium, real IndexedDB.
import { afterEach, describe, expect, it } from 'vitest'
import { MAX_IMPORT_FILE_BYTES } from '@shared/files/size-limit'
import { importArticle, ImportError } from '../../db/articles'
import { SourcemarkDatabase } from '../../db/database'
import { readDroppedFiles } from './use-file-drop'

const opened: SourcemarkDatabase[] = []
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete()
})

/** A file of `size` bytes that fails if anything reads its content. */
class UnreadableFile extends File {
  constructor(name: string, size: number) {
    super([new Blob([new Uint8Array(size)])], name)
  }
  override arrayBuffer(): Promise<ArrayBuffer> {
    throw new Error(`${this.name} was read`)
  }
  override text(): Promise<string> {
    throw new Error(`${this.name} was read`)
  }
  override stream(): ReadableStream<Uint8Array<ArrayBuffer>> {
    throw new Error(`${this.name} was read`)
  }
}

describe('the import size limit', () => {
  it('refuses a dropped file of 50 MB and 1 byte by its size, without reading it, and reads the rest', async () => {
    const small = new File(['North Korean troops withdraw from Kursk.'], 'kursk.txt')
    const files = await readDroppedFiles([small, new UnreadableFile('report.pdf', MAX_IMPORT_FILE_BYTES + 1)])
    expect(files[0]).toMatchObject({ fileName: 'kursk.txt' })
    expect(new TextDecoder().decode((files[0] as { bytes: Uint8Array }).bytes)).toBe(
      'North Korean troops withdraw from Kursk.'
    )
    expect(files[1]).toEqual({ fileName: 'report.pdf', refusal: 'report.pdf is 50.1 MB; the limit is 50 MB' })
  })

  it('accepts a dropped file of exactly 50 MB', async () => {
    const [file] = await readDroppedFiles([new File([new Uint8Array(MAX_IMPORT_FILE_BYTES)], 'edge.txt')])
    expect('bytes' in file && file.bytes.length).toBe(MAX_IMPORT_FILE_BYTES)
  })

  it('refuses a pasted text over 50 MB in UTF-8, naming it, and writes nothing', async () => {
    const db = new SourcemarkDatabase(`size-limit-${crypto.randomUUID()}`)
    await db.open()
    opened.push(db)
    const importing = importArticle(db, {
      title: 'Pasted',
      text: 'a'.repeat(MAX_IMPORT_FILE_BYTES + 1),
      origin: 'paste'
    })
    await expect(importing).rejects.toBeInstanceOf(ImportError)
    await expect(importing).rejects.toThrow('Article text is 50.1 MB; the limit is 50 MB')
    expect(await db.articles.count()).toBe(0)
    expect(await db.history.count()).toBe(0)
  })
})
