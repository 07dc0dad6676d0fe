import { describe, expect, it, vi } from 'vitest'
import { createDataHandlers, dataSaveDialog, openBackupDialog } from './data'

describe('data exports', () => {
  it('offers each format with its own filter and extension', () => {
    expect(dataSaveDialog('json', 'sourcemark-backup-2026-11-26', '/home/a/Documents')).toMatchObject({
      defaultPath: '/home/a/Documents/sourcemark-backup-2026-11-26.json',
      filters: [{ name: 'Sourcemark backup', extensions: ['json'] }]
    })
    expect(dataSaveDialog('csv', 'kursk.csv', '/d').defaultPath).toBe('/d/kursk.csv')
    expect(dataSaveDialog('jsonld', 'kursk', '/d').filters).toEqual([
      { name: 'JSON-LD', extensions: ['jsonld'] }
    ])
    expect(openBackupDialog().properties).toEqual(['openFile'])
  })

  it('writes where the analyst chose, and nothing when the dialog is cancelled', async () => {
    const writeFile = vi.fn(async () => {})
    const showSaveDialog = vi
      .fn()
      .mockResolvedValueOnce({ canceled: false, filePath: '/d/backup.json' })
      .mockResolvedValueOnce({ canceled: true })
    const handlers = createDataHandlers({
      showSaveDialog,
      showOpenDialog: vi.fn(),
      defaultDirectory: () => '/d',
      writeFile
    })
    const args = { suggestedName: 'backup.json', content: '{}', format: 'json' as const }
    expect(await handlers['data:save-file'](args, {})).toEqual({ saved: true, filePath: '/d/backup.json' })
    expect(await handlers['data:save-file'](args, {})).toEqual({ saved: false })
    expect(writeFile).toHaveBeenCalledTimes(1)
    expect(writeFile).toHaveBeenCalledWith('/d/backup.json', '{}')
  })

  it('reads the one backup chosen, or answers null when cancelled', async () => {
    const file = { fileName: 'team.json', bytes: new Uint8Array([123, 125]) }
    const showOpenDialog = vi
      .fn()
      .mockResolvedValueOnce({ canceled: false, filePaths: ['/d/team.json'] })
      .mockResolvedValueOnce({ canceled: true, filePaths: [] })
    const readFile = vi.fn(async () => file)
    const handlers = createDataHandlers({
      showSaveDialog: vi.fn(),
      showOpenDialog,
      defaultDirectory: () => '/d',
      readFile
    })
    expect(await handlers['data:open-backup']({}, {})).toBe(file)
    expect(await handlers['data:open-backup']({}, {})).toBeNull()
    expect(readFile).toHaveBeenCalledWith('/d/team.json')
  })
})
