// data:* — workspace backups and data exports (CSV, Web Annotations): a native save dialog with
// the format's filter, written atomically; and a native open dialog for one backup file.
import type { OpenDialogOptions, SaveDialogOptions } from 'electron'
import { join } from 'node:path'
import type { DataFormat, OpenedFile } from '@shared/ipc/contract'
import { writeFileAtomic } from '../files/atomic-write'
import { readImportFile } from '../files/read-limited'
import { withExtension } from './brief'
import type { IpcHandlers } from './dispatch'

export interface DataHost<C> {
  showSaveDialog(context: C, options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>
  showOpenDialog(context: C, options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>
  defaultDirectory(): string
  writeFile?(path: string, data: string): Promise<void>
  readFile?(path: string): Promise<OpenedFile>
}

const FORMATS: Record<DataFormat, { title: string; filter: string; extension: string }> = {
  json: { title: 'Save workspace backup', filter: 'Sourcemark backup', extension: 'json' },
  csv: { title: 'Export assessments as CSV', filter: 'CSV', extension: 'csv' },
  jsonld: { title: 'Export Web Annotations', filter: 'JSON-LD', extension: 'jsonld' }
}

export function dataSaveDialog(
  format: DataFormat,
  suggestedName: string,
  directory: string
): SaveDialogOptions {
  const { title, filter, extension } = FORMATS[format]
  return {
    title,
    defaultPath: join(directory, withExtension(suggestedName, extension)),
    filters: [{ name: filter, extensions: [extension] }],
    properties: ['createDirectory', 'showOverwriteConfirmation']
  }
}

export function openBackupDialog(): OpenDialogOptions {
  return {
    title: 'Restore a workspace backup',
    buttonLabel: 'Restore',
    properties: ['openFile'],
    filters: [{ name: 'Sourcemark backup', extensions: ['json'] }]
  }
}

export function createDataHandlers<C>(
  host: DataHost<C>
): Pick<IpcHandlers<C>, 'data:save-file' | 'data:open-backup'> {
  const write = host.writeFile ?? writeFileAtomic
  const read = host.readFile ?? ((path: string) => readImportFile(path))
  return {
    'data:save-file': async (args, context) => {
      const options = dataSaveDialog(args.format, args.suggestedName, host.defaultDirectory())
      const result = await host.showSaveDialog(context, options)
      if (result.canceled || !result.filePath) return { saved: false }
      await write(result.filePath, args.content)
      return { saved: true, filePath: result.filePath }
    },
    'data:open-backup': async (_args, context) => {
      const result = await host.showOpenDialog(context, openBackupDialog())
      const [path] = result.filePaths
      return result.canceled || !path ? null : read(path)
    }
  }
}
