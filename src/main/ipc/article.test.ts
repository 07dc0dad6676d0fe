import { describe, expect, it, vi } from 'vitest'
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

  it('fails with the message naming the file that cannot be read', async () => {
    const handlers = createArticleHandlers({
      showOpenDialog: async () => ({ canceled: false, filePaths: ['/a/ok.txt', '/a/scan.pdf'] }),
      readFile: async (path) => {
        if (path.endsWith('scan.pdf')) throw new IpcUserError('scan.pdf is 73 MB; the limit is 50 MB')
        return { fileName: 'ok.txt', bytes: new Uint8Array() }
      }
    })
    await expect(handlers['article:open-files']({}, 'win')).rejects.toThrow(/^scan\.pdf is 73 MB/)
  })
})
