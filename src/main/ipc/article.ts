// article:* — the native open dialog for importing articles; main reads the chosen files' bytes
// and the renderer does the parsing (it already runs that off the UI thread for dropped files).
import { basename } from 'node:path'
import type { OpenDialogOptions } from 'electron'
import type { OpenedFile, RefusedFile } from '@shared/ipc/contract'
import { readImportFile } from '../files/read-limited'
import type { IpcHandlers } from './dispatch'
import { IpcUserError } from './user-error'

/** The formats the importer reads (DESIGN §3), without dots, as dialog filters want them. */
export const ARTICLE_EXTENSIONS = ['txt', 'md', 'html', 'htm', 'pdf', 'docx', 'json'] as const

export interface ArticleHost<C> {
  showOpenDialog(context: C, options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>
  readFile?(path: string): Promise<OpenedFile>
}

export function openArticlesDialog(): OpenDialogOptions {
  return {
    title: 'Import articles',
    buttonLabel: 'Import',
    properties: ['openFile', 'multiSelections'],
    filters: [{ name: 'Articles and backups', extensions: [...ARTICLE_EXTENSIONS] }]
  }
}

export function createArticleHandlers<C>(host: ArticleHost<C>): Pick<IpcHandlers<C>, 'article:open-files'> {
  const read = host.readFile ?? ((path: string) => readImportFile(path))
  return {
    'article:open-files': async (_args, context) => {
      const result = await host.showOpenDialog(context, openArticlesDialog())
      if (result.canceled) return []
      const files: (OpenedFile | RefusedFile)[] = []
      // One at a time: a batch of large files is never all in memory twice. A file that cannot be
      // read (too large, gone) is refused on its own, saying why; the others are still imported.
      for (const path of result.filePaths) {
        try {
          files.push(await read(path))
        } catch (error) {
          if (!(error instanceof IpcUserError)) throw error
          files.push({ fileName: basename(path), refusal: error.message })
        }
      }
      return files
    }
  }
}
