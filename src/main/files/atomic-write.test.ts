import { watch, type FSWatcher } from 'node:fs'
import {
  chmod,
  lstat,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  readlink,
  realpath,
  rm,
  stat,
  symlink,
  writeFile
} from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { resolveWriteTarget, temporaryPathFor, writeFileAtomic } from './atomic-write'

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

const permissions = async (file: string) => (await stat(file)).mode & 0o777

describe('writeFileAtomic keeps what the analyst set on the file', () => {
  it.each(['600', '604', '640', '664', '755'])(
    'replaces a file of mode %s with one of the same mode',
    async (octal) => {
      const mode = parseInt(octal, 8)
      const target = join(dir, 'brief.md')
      await writeFile(target, 'old')
      await chmod(target, mode)
      await writeFileAtomic(target, 'new')
      expect(await readFile(target, 'utf8')).toBe('new')
      expect(await permissions(target)).toBe(mode)
    }
  )

  it('gives a new file the ordinary mode of a new file', async () => {
    await writeFile(join(dir, 'plain.md'), 'x')
    await writeFileAtomic(join(dir, 'brief.md'), 'new')
    expect(await permissions(join(dir, 'brief.md'))).toBe(await permissions(join(dir, 'plain.md')))
  })
})

describe('writeFileAtomic through a symlink', () => {
  let linkDir: string
  let realDir: string
  beforeEach(async () => {
    linkDir = join(dir, 'desktop')
    realDir = join(dir, 'briefs')
    await mkdir(linkDir)
    await mkdir(realDir)
  })

  it('writes the file the link points to and leaves the link a link', async () => {
    const real = join(realDir, 'kursk.md')
    await writeFile(real, '# Old')
    await chmod(real, 0o600)
    await symlink('../briefs/kursk.md', join(linkDir, 'kursk.md'))
    await writeFileAtomic(join(linkDir, 'kursk.md'), '# Kursk')
    expect((await lstat(join(linkDir, 'kursk.md'))).isSymbolicLink()).toBe(true)
    expect(await readlink(join(linkDir, 'kursk.md'))).toBe('../briefs/kursk.md')
    expect(await readFile(real, 'utf8')).toBe('# Kursk')
    expect(await permissions(real)).toBe(0o600)
    expect(await readdir(linkDir)).toEqual(['kursk.md'])
    expect(await readdir(realDir)).toEqual(['kursk.md'])
  })

  it('follows a chain of links, and creates the file a dangling link names', async () => {
    await writeFile(join(realDir, 'kursk.md'), 'old')
    await symlink(join(realDir, 'kursk.md'), join(dir, 'first.md'))
    await symlink('../first.md', join(linkDir, 'second.md'))
    await writeFileAtomic(join(linkDir, 'second.md'), 'chained')
    expect(await readFile(join(realDir, 'kursk.md'), 'utf8')).toBe('chained')
    expect((await lstat(join(dir, 'first.md'))).isSymbolicLink()).toBe(true)

    await symlink('../briefs/new.md', join(linkDir, 'new.md'))
    await writeFileAtomic(join(linkDir, 'new.md'), 'created')
    expect(await readFile(join(realDir, 'new.md'), 'utf8')).toBe('created')
    expect((await lstat(join(linkDir, 'new.md'))).isSymbolicLink()).toBe(true)
  })

  it('reads a link inside a linked folder from where the folder really is', async () => {
    // elsewhere/brief.md -> ../briefs/kursk.md must climb from dir/real-elsewhere, not dir/elsewhere.
    await mkdir(join(dir, 'nested', 'real-elsewhere'), { recursive: true })
    await mkdir(join(dir, 'nested', 'briefs'))
    await symlink(join(dir, 'nested', 'real-elsewhere'), join(dir, 'elsewhere'), 'dir')
    await symlink('../briefs/kursk.md', join(dir, 'nested', 'real-elsewhere', 'brief.md'))
    await writeFileAtomic(join(dir, 'elsewhere', 'brief.md'), 'nested')
    expect(await readFile(join(dir, 'nested', 'briefs', 'kursk.md'), 'utf8')).toBe('nested')
    await expect(readFile(join(realDir, 'kursk.md'), 'utf8')).rejects.toThrow(/ENOENT/)
  })

  it('refuses a loop of links, writing nothing', async () => {
    await symlink('b.md', join(dir, 'a.md'))
    await symlink('a.md', join(dir, 'b.md'))
    await expect(writeFileAtomic(join(dir, 'a.md'), 'x')).rejects.toThrow(/ELOOP/)
    expect((await readdir(dir)).sort()).toEqual(['a.md', 'b.md', 'briefs', 'desktop'])
  })

  it('makes its temporary file beside the real target, never beside the link', async () => {
    await writeFile(join(realDir, 'kursk.md'), 'old')
    await symlink('../briefs/kursk.md', join(linkDir, 'kursk.md'))
    expect(await resolveWriteTarget(join(linkDir, 'kursk.md'))).toEqual({
      path: join(await realpath(realDir), 'kursk.md'),
      mode: await permissions(join(realDir, 'kursk.md'))
    })

    // Every name created in either folder, in order. A marker written after the export arrives
    // after any event the export caused, so no timing is assumed.
    const seen = { [linkDir]: [] as string[], [realDir]: [] as string[] }
    const watchers: FSWatcher[] = []
    const markers = [linkDir, realDir].map(
      (folder) =>
        new Promise<void>((done) => {
          watchers.push(
            watch(folder, (_event, name) => {
              if (name === 'marker') done()
              else if (name) seen[folder].push(name)
            })
          )
        })
    )
    try {
      await writeFileAtomic(join(linkDir, 'kursk.md'), 'new')
      await writeFile(join(linkDir, 'marker'), '')
      await writeFile(join(realDir, 'marker'), '')
      await Promise.all(markers)
    } finally {
      watchers.forEach((watcher) => watcher.close())
    }
    expect(seen[linkDir]).toEqual([])
    expect(seen[realDir].some((name) => /^\.kursk\.md\.[0-9a-f]{12}\.tmp$/.test(name))).toBe(true)
    expect(await readFile(join(realDir, 'kursk.md'), 'utf8')).toBe('new')
  })
})
