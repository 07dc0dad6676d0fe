import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readMarkerFile, writeMarkerFile } from './marker-file'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sourcemark-marker-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const marker = {
  version: 1 as const,
  articles: 3,
  imported: 2,
  graded: 41,
  changedAt: '2026-11-30T03:00:00.000Z',
  lastBackup: { fileName: 'sourcemark-backup-2026-11-29.json', at: '2026-11-29T18:00:00.000Z' }
}

describe('library marker file', () => {
  it('is written and read back as it was', async () => {
    const path = join(dir, 'library-marker.json')
    expect(await readMarkerFile(path)).toBeNull()
    await writeMarkerFile(path, marker)
    expect(await readMarkerFile(path)).toEqual(marker)
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual(marker)
  })

  it('reads as absent when damaged, rather than inventing a library', async () => {
    const path = join(dir, 'library-marker.json')
    for (const text of ['{"version":1,"articles":', '{"version":1,"articles":-1}', '[]']) {
      await writeFile(path, text)
      expect(await readMarkerFile(path)).toBeNull()
    }
  })
})
