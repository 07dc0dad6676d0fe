// Reads the files an analyst picked to import, refusing any that is too large before reading it.
import { open } from 'node:fs/promises'
import { basename } from 'node:path'
import { MAX_IMPORT_FILE_BYTES, sizeRefusal } from '@shared/files/size-limit'
import type { OpenedFile } from '@shared/ipc/contract'
import { IpcUserError } from '../ipc/user-error'

export { MAX_IMPORT_FILE_BYTES }

export async function readImportFile(
  filePath: string,
  maxBytes = MAX_IMPORT_FILE_BYTES
): Promise<OpenedFile> {
  const fileName = basename(filePath)
  const handle = await open(filePath, 'r').catch((error: unknown) => {
    throw new IpcUserError(`Could not open ${fileName}: ${describeFsError(error)}`)
  })
  try {
    const stats = await handle.stat()
    if (!stats.isFile()) throw new IpcUserError(`${fileName} is not a file`)
    if (stats.size > maxBytes) throw tooLarge(fileName, stats.size, maxBytes)
    const contents = await handle.readFile()
    // The file may have grown between stat and read.
    if (contents.byteLength > maxBytes) throw tooLarge(fileName, contents.byteLength, maxBytes)
    // A plain Uint8Array (not a Node Buffer view into a shared pool) crosses IPC as exactly these bytes.
    return { fileName, bytes: new Uint8Array(contents) }
  } finally {
    await handle.close()
  }
}

function tooLarge(fileName: string, size: number, maxBytes: number): IpcUserError {
  return new IpcUserError(sizeRefusal(fileName, size, maxBytes) ?? `${fileName} is too large`)
}

function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code
  if (code === 'ENOENT') return 'the file no longer exists'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  if (code === 'EISDIR') return 'it is a folder'
  return error instanceof Error ? error.message : String(error)
}
