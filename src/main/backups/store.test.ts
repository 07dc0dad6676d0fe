// The backups folder against a real temporary folder.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { KEEP_AUTO_BACKUPS, listAutoBackups, readAutoBackup, writeAutoBackup } from './store'

let root: string
let dir: string
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'sourcemark-backups-'))
  dir = join(root, 'backups')
})
afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

const minute = (n: number) => new Date(Date.UTC(2026, 10, 30, 3, n))

describe('automatic backups folder', () => {
  it('creates the folder, writes the backup, and lists it with its date, size and articles', async () => {
    const json = '{"format":"sourcemark-backup","articles":["Kursk"]}'
    const written = await writeAutoBackup(dir, json, 1, minute(0))
    expect(written).toEqual({
      fileName: 'sourcemark-auto-2026-11-30T03-00-00-000Z-1a.json',
      writtenAt: '2026-11-30T03:00:00.000Z',
      size: Buffer.byteLength(json),
      articleCount: 1
    })
    expect(await listAutoBackups(dir)).toEqual([written])
    const read = await readAutoBackup(dir, written.fileName)
    expect(new TextDecoder().decode(read.bytes)).toBe(json)
  })

  it('keeps the newest K and never touches other files in the folder', async () => {
    await writeAutoBackup(dir, '{}', 0, minute(0))
    await writeFile(join(dir, 'my notes.txt'), 'keep me')
    for (let n = 1; n <= 5; n++) await writeAutoBackup(dir, `{"n":${n}}`, n, minute(n), 3)
    const listed = await listAutoBackups(dir)
    expect(listed.map((b) => b.writtenAt)).toEqual(
      [minute(5), minute(4), minute(3)].map((d) => d.toISOString())
    )
    expect((await readdir(dir)).sort()).toEqual([...listed.map((b) => b.fileName), 'my notes.txt'].sort())
    expect(await readFile(join(dir, 'my notes.txt'), 'utf8')).toBe('keep me')
  })

  it('keeps the newest 10 by default', async () => {
    for (let n = 0; n < 12; n++) await writeAutoBackup(dir, '{}', 1, minute(n))
    const listed = await listAutoBackups(dir)
    expect(listed).toHaveLength(KEEP_AUTO_BACKUPS)
    expect(KEEP_AUTO_BACKUPS).toBe(10)
    expect(listed.at(-1)!.writtenAt).toBe(minute(2).toISOString())
  })

  it('lists nothing before the first backup', async () => {
    expect(await listAutoBackups(dir)).toEqual([])
  })

  it('keeps every old backup when a new one cannot be written', async () => {
    const first = await writeAutoBackup(dir, '{"n":1}', 1, minute(1), 1)
    // A folder squatting on the new name makes the atomic rename fail.
    await mkdir(join(dir, 'sourcemark-auto-2026-11-30T03-02-00-000Z-1a.json', 'x'), { recursive: true })
    await expect(writeAutoBackup(dir, '{"n":2}', 1, minute(2), 1)).rejects.toThrow()
    expect(new TextDecoder().decode((await readAutoBackup(dir, first.fileName)).bytes)).toBe('{"n":1}')
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([])
  })

  it('refuses to read any name that is not an automatic backup', async () => {
    await writeFile(join(root, 'secret.json'), '{}')
    await expect(readAutoBackup(dir, '../secret.json')).rejects.toThrow(
      '../secret.json is not an automatic backup'
    )
  })
})
