import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { temporaryPathFor, writeFileAtomic } from './atomic-write'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sourcemark-atomic-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('writeFileAtomic', () => {
  it('writes text and bytes, replacing an existing file', async () => {
    const target = join(dir, 'Kursk brief.md')
    await writeFileAtomic(target, '# First draft')
    await writeFileAtomic(target, '# Kursk\n\nNorth Korean troops… “withdrawn”')
    expect(await readFile(target, 'utf8')).toBe('# Kursk\n\nNorth Korean troops… “withdrawn”')
    await writeFileAtomic(join(dir, 'brief.pdf'), new Uint8Array([0x25, 0x50, 0x44, 0x46]))
    expect(await readFile(join(dir, 'brief.pdf'), 'latin1')).toBe('%PDF')
    expect((await readdir(dir)).sort()).toEqual(['Kursk brief.md', 'brief.pdf'])
  })

  it('leaves the old file and no temporary file when the rename fails', async () => {
    // Renaming a file over a non-empty directory fails on every platform.
    const target = join(dir, 'brief.md')
    await mkdir(target)
    await writeFile(join(target, 'keep.txt'), 'old')
    await expect(writeFileAtomic(target, 'new')).rejects.toThrow()
    expect(await readdir(dir)).toEqual(['brief.md'])
    expect(await readFile(join(target, 'keep.txt'), 'utf8')).toBe('old')
  })

  it('fails cleanly when the folder does not exist', async () => {
    await expect(writeFileAtomic(join(dir, 'gone', 'brief.md'), 'x')).rejects.toThrow(/ENOENT/)
    expect(await readdir(dir)).toEqual([])
  })

  it('puts the temporary file beside the target, hidden and unique', () => {
    const target = join(dir, 'brief.md')
    const first = temporaryPathFor(target)
    expect(first.startsWith(join(dir, '.brief.md.'))).toBe(true)
    expect(first.endsWith('.tmp')).toBe(true)
    expect(temporaryPathFor(target)).not.toBe(first)
  })
})
