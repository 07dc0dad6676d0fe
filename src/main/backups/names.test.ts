import { describe, expect, it } from 'vitest'
import { autoBackupName, backupsToPrune, newestFirst, parseAutoBackupName } from './names'

describe('automatic backup names', () => {
  it('say when they were written and how many articles they hold', () => {
    const name = autoBackupName(new Date('2026-11-30T03:35:38.123Z'), 12)
    expect(name).toBe('sourcemark-auto-2026-11-30T03-35-38-123Z-12a.json')
    expect(parseAutoBackupName(name)).toEqual({ writtenAt: '2026-11-30T03:35:38.123Z', articleCount: 12 })
  })

  it('are told apart from every other file, which is never listed or pruned', () => {
    for (const other of [
      'sourcemark-backup-2026-11-30.json',
      'library-marker.json',
      '.sourcemark-auto-2026-11-30T03-35-38-123Z-1a.json.a1b2c3.tmp',
      'sourcemark-auto-2026-11-30T03-35-38-123Z-1a.json.bak',
      '../sourcemark-auto-2026-11-30T03-35-38-123Z-1a.json',
      'sourcemark-auto-2026-13-45T99-99-99-999Z-1a.json'
    ])
      expect(parseAutoBackupName(other)).toBeNull()
  })

  it('keep the newest, by the time in the name', () => {
    const at = (iso: string, n = 1) => autoBackupName(new Date(iso), n)
    const names = [
      at('2026-11-29T23:59:59.999Z', 3),
      'notes.txt',
      at('2026-11-30T10:00:00.000Z', 100),
      at('2026-11-30T09:00:00.000Z', 7),
      at('2026-11-28T12:00:00.000Z', 2)
    ]
    expect(newestFirst(names)).toEqual([names[2], names[3], names[0], names[4]])
    expect(backupsToPrune(names, 2)).toEqual([names[0], names[4]])
    expect(backupsToPrune(names, 10)).toEqual([])
  })
})
