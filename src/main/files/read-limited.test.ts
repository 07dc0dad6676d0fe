import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { IpcUserError } from '../ipc/user-error'
import { MAX_IMPORT_FILE_BYTES, readImportFile } from './read-limited'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sourcemark-read-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('readImportFile', () => {
  it('returns the file name and its exact bytes', async () => {
    const bytes = Buffer.from('\ufeffNorth Korean troops deployed to aid Russia’s offensive', 'utf8')
    await writeFile(join(dir, 'dprk-kursk.txt'), bytes)
    const file = await readImportFile(join(dir, 'dprk-kursk.txt'))
    expect(file.fileName).toBe('dprk-kursk.txt')
    expect(file.bytes).toBeInstanceOf(Uint8Array)
    expect(Buffer.isBuffer(file.bytes)).toBe(false)
    expect(Buffer.from(file.bytes).equals(bytes)).toBe(true)
  })

  it('caps imports at 50 MB', () => {
    expect(MAX_IMPORT_FILE_BYTES).toBe(50 * 1024 * 1024)
  })

  it('refuses a file over the limit, naming it and both sizes', async () => {
    await writeFile(join(dir, 'scan.pdf'), Buffer.alloc(3 * 1024 * 1024))
    const reading = readImportFile(join(dir, 'scan.pdf'), 2 * 1024 * 1024)
    await expect(reading).rejects.toBeInstanceOf(IpcUserError)
    await expect(reading).rejects.toThrow('scan.pdf is 3 MB; the limit is 2 MB')
  })

  it('accepts a file exactly at the limit', async () => {
    await writeFile(join(dir, 'edge.txt'), Buffer.alloc(1024))
    await expect(readImportFile(join(dir, 'edge.txt'), 1024)).resolves.toMatchObject({ fileName: 'edge.txt' })
  })

  it('names a missing file and a folder', async () => {
    await expect(readImportFile(join(dir, 'moved.docx'))).rejects.toThrow(
      'Could not open moved.docx: the file no longer exists'
    )
    await mkdir(join(dir, 'articles.txt'))
    await expect(readImportFile(join(dir, 'articles.txt'))).rejects.toThrow(/articles\.txt/)
  })
})
