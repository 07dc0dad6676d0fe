// The backups channels over a real temporary folder: written, listed, read back, and the quit
// gate told about every write, failed ones included.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createBackupsHandlers } from './backups'

let root: string
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'sourcemark-ipc-backups-'))
})
afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

describe('backups handlers', () => {
  it('write, list newest first and read back', async () => {
    const settled: string[] = []
    let minute = 0
    const handlers = createBackupsHandlers({
      directory: () => join(root, 'backups'),
      now: () => new Date(Date.UTC(2026, 10, 30, 4, minute++)),
      onWriteSettled: (reason) => settled.push(reason)
    })
    await handlers['backups:write']({ json: '{"a":1}', articleCount: 1, reason: 'changes' }, {})
    const last = await handlers['backups:write']({ json: '{"a":2}', articleCount: 2, reason: 'quit' }, {})
    expect(settled).toEqual(['changes', 'quit'])
    const listed = await handlers['backups:list']({}, {})
    expect(listed.map((b) => b.articleCount)).toEqual([2, 1])
    expect(listed[0]).toEqual(last)
    const read = await handlers['backups:read']({ fileName: last.fileName }, {})
    expect(new TextDecoder().decode(read.bytes)).toBe('{"a":2}')
  })

  it('lets the window close at once when the renderer has nothing to back up', async () => {
    const settled: string[] = []
    const handlers = createBackupsHandlers({
      directory: () => join(root, 'backups'),
      onWriteSettled: (reason) => settled.push(reason)
    })
    expect(await handlers['backups:decline-quit']({}, {})).toBeNull()
    expect(settled).toEqual(['quit'])
  })

  it('tells the quit gate when a write failed, so the window still closes', async () => {
    const settled: string[] = []
    // A file where the folder should be: the write cannot succeed.
    await writeFile(join(root, 'backups'), 'not a folder')
    const handlers = createBackupsHandlers({
      directory: () => join(root, 'backups'),
      onWriteSettled: (reason) => settled.push(reason)
    })
    await expect(
      handlers['backups:write']({ json: '{}', articleCount: 0, reason: 'quit' }, {})
    ).rejects.toThrow()
    expect(settled).toEqual(['quit'])
  })
})
