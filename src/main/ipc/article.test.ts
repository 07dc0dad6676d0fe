import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { MAX_IMPORT_FILE_BYTES } from '@shared/files/size-limit'
import { IpcUserError } from './user-error'
import { ARTICLE_EXTENSIONS, createArticleHandlers, openArticlesDialog } from './article'

describe('article:open-files', () => {
  it('offers multi-selection of the formats the importer reads', () => {
    const options = openArticlesDialog()
    expect(options.properties).toEqual(['openFile', 'multiSelections'])
    expect(options.filters?.[0]?.extensions).toEqual(['txt', 'md', 'html', 'htm', 'pdf', 'docx', 'json'])
    expect(ARTICLE_EXTENSIONS.every((extension) => !extension.startsWith('.'))).toBe(true)
  })

  it('returns every chosen file, in order', async () => {
    const readFile = vi.fn(async (path: string) => ({
      fileName: path.split('/').pop()!,
      bytes: new Uint8Array([1])
    }))
    const handlers = createArticleHandlers({
      showOpenDialog: async () => ({ canceled: false, filePaths: ['/a/kursk.txt', '/a/sweden.html'] }),
      readFile
    })
    const files = await handlers['article:open-files']({}, 'win')
    expect(files.map((file) => file.fileName)).toEqual(['kursk.txt', 'sweden.html'])
  })

  it('returns nothing when the analyst cancels', async () => {
    const readFile = vi.fn()
    const handlers = createArticleHandlers({
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      readFile
    })
    await expect(handlers['article:open-files']({}, 'win')).resolves.toEqual([])
    expect(readFile).not.toHaveBeenCalled()
  })

  it('refuses a file that cannot be read on its own, naming it, and returns the others', async () => {
    const handlers = createArticleHandlers({
      showOpenDialog: async () => ({
        canceled: false,
        filePaths: ['/a/ok.txt', '/a/scan.pdf', '/a/sweden.html']
      }),
      readFile: async (path) => {
        if (path.endsWith('scan.pdf')) throw new IpcUserError('scan.pdf is 73 MB; the limit is 50 MB')
        return { fileName: path.split('/').pop()!, bytes: new Uint8Array([1]) }
      }
    })
    await expect(handlers['article:open-files']({}, 'win')).resolves.toEqual([
      { fileName: 'ok.txt', bytes: new Uint8Array([1]) },
      { fileName: 'scan.pdf', refusal: 'scan.pdf is 73 MB; the limit is 50 MB' },
      { fileName: 'sweden.html', bytes: new Uint8Array([1]) }
    ])
  })

  it('refuses a file over the limit on disk by its size, and reads the others', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'open-files-'))
    try {
      await writeFile(join(folder, 'kursk.txt'), 'North Korean troops withdraw from Kursk.')
      await writeFile(join(folder, 'huge.txt'), new Uint8Array(MAX_IMPORT_FILE_BYTES + 1))
      const handlers = createArticleHandlers({
        showOpenDialog: async () => ({
          canceled: false,
          filePaths: [join(folder, 'huge.txt'), join(folder, 'kursk.txt')]
        })
      })
      const files = await handlers['article:open-files']({}, 'win')
      expect(files[0]).toEqual({ fileName: 'huge.txt', refusal: 'huge.txt is 50.1 MB; the limit is 50 MB' })
      expect(files[1]).toMatchObject({ fileName: 'kursk.txt' })
      expect(new TextDecoder().decode((files[1] as { bytes: Uint8Array }).bytes)).toBe(
        'North Korean troops withdraw from Kursk.'
      )
    } finally {
      await rm(folder, { recursive: true, force: true })
    }
  })
})
