import { describe, expect, it } from 'vitest'
import {
  IPC_CHANNELS,
  ipcArgs,
  ipcChannels,
  isIpcChannel,
  isMenuCommand,
  MAX_DOCUMENT_CHARS
} from './contract'
import { validateIpcArgs } from './validate'

const markdown = { suggestedName: 'Kursk brief.md', content: '# Kursk\n\nNorth Korean troops…' }
const pdf = { suggestedName: 'Kursk brief.pdf', html: '<h1>Kursk</h1>', pageSize: 'A4' }

function errorOf(channel: string, args: unknown): string {
  const result = validateIpcArgs(channel, args)
  if (result.ok) throw new Error(`expected ${channel} to refuse ${JSON.stringify(args)}`)
  return result.error
}

describe('IPC channels', () => {
  it('declares a schema for exactly the listed channels', () => {
    expect(Object.keys(ipcArgs).sort()).toEqual([...IPC_CHANNELS].sort())
    expect(ipcChannels).toEqual(IPC_CHANNELS)
  })

  it('recognises contract channels only, by exact name', () => {
    expect(isIpcChannel('brief:save-markdown')).toBe(true)
    for (const name of [
      'brief:save',
      'BRIEF:SAVE-MARKDOWN',
      ' brief:save-markdown',
      'toString',
      '__proto__',
      42,
      null
    ]) {
      expect(isIpcChannel(name)).toBe(false)
    }
  })

  it('recognises menu commands only, by exact name', () => {
    expect(isMenuCommand('import')).toBe(true)
    expect(isMenuCommand('export-brief')).toBe(true)
    for (const value of ['Import', 'quit', '', undefined, { command: 'import' }])
      expect(isMenuCommand(value)).toBe(false)
  })
})

describe('validateIpcArgs', () => {
  it('accepts well-formed arguments for every channel', () => {
    expect(validateIpcArgs('brief:save-markdown', markdown)).toEqual({ ok: true, value: markdown })
    expect(validateIpcArgs('brief:export-pdf', pdf)).toEqual({ ok: true, value: pdf })
    expect(validateIpcArgs('brief:export-pdf', { ...pdf, handling: 'UNCLASSIFIED' }).ok).toBe(true)
    expect(validateIpcArgs('article:open-files', {})).toEqual({ ok: true, value: {} })
    expect(validateIpcArgs('app:open-external', { url: 'https://edition.cnn.com/' }).ok).toBe(true)
  })

  it('refuses an unknown channel by name', () => {
    expect(errorOf('fs:read-file', {})).toBe('Unknown IPC channel "fs:read-file"')
    expect(errorOf('x'.repeat(500), {})).toMatch(/^Unknown IPC channel "x{60}…"$/)
  })

  it('names a missing field', () => {
    expect(errorOf('brief:save-markdown', { suggestedName: 'a.md' })).toBe(
      'Invalid arguments for brief:save-markdown: content: content is required'
    )
  })

  it('names a field of the wrong type', () => {
    expect(errorOf('brief:save-markdown', { ...markdown, content: 42 })).toContain(
      'content: content must be text'
    )
    expect(errorOf('app:open-external', { url: ['https://a.example'] })).toContain('url: url must be text')
    expect(errorOf('brief:export-pdf', { ...pdf, pageSize: 'A3' })).toContain(
      'pageSize: pageSize must be "A4" or "Letter"'
    )
  })

  it('refuses arguments that are not an object', () => {
    for (const args of [undefined, null, 'brief', 7, ['a']]) {
      expect(errorOf('article:open-files', args)).toBe(
        'Invalid arguments for article:open-files: arguments: expected an object'
      )
    }
  })

  it('refuses extra keys, naming them', () => {
    expect(errorOf('article:open-files', { path: '/etc/passwd' })).toContain('path: not an accepted field')
    expect(errorOf('brief:save-markdown', { ...markdown, directory: '/tmp', overwrite: true })).toContain(
      'directory, overwrite: not an accepted field'
    )
  })

  it.each([
    ['../../.bashrc', 'path separator'],
    ['briefs/kursk.md', 'path separator'],
    ['C:\\Users\\analyst\\kursk.md', 'path separator'],
    ['kursk\u0000.md', 'control character'],
    ['kursk\n.md', 'control character'],
    ['kursk?.md', 'not allowed in file names'],
    ['CON:', 'not allowed in file names'],
    ['..', 'only dots'],
    ['CON', 'Windows device name'],
    ['nul.txt', 'Windows device name'],
    ['COM¹.md', 'Windows device name'],
    ['kursk.md.', 'ends with a dot or a space'],
    ['kursk.md ', 'ends with a dot or a space'],
    ['brief-\u202edm.exe', 'bidirectional control character'],
    ['\u2066kursk\u2069.md', 'bidirectional control character'],
    ['', 'file name is empty'],
    ['k'.repeat(201), 'longer than 200 characters']
  ])('refuses the suggested file name %j', (suggestedName, reason) => {
    const error = errorOf('brief:save-markdown', { ...markdown, suggestedName })
    expect(error).toContain('suggestedName: ')
    expect(error).toContain(reason)
  })

  it('accepts file names with spaces, dots and non-Latin letters', () => {
    for (const suggestedName of ['Kursk brief 2025-01-27.md', 'Курск.md', '.md', 'v1.2 brief']) {
      expect(validateIpcArgs('brief:save-markdown', { ...markdown, suggestedName }).ok).toBe(true)
    }
  })

  it('refuses oversized content', () => {
    const content = 'x'.repeat(MAX_DOCUMENT_CHARS + 1)
    expect(errorOf('brief:save-markdown', { ...markdown, content })).toContain(
      'content: content is longer than'
    )
    expect(errorOf('brief:export-pdf', { ...pdf, html: content })).toContain('html: html is longer than')
  })

  it('refuses an oversized URL and a handling line with control characters', () => {
    expect(errorOf('app:open-external', { url: `https://a.example/${'a'.repeat(9000)}` })).toContain(
      'url: url is longer than'
    )
    expect(errorOf('brief:export-pdf', { ...pdf, handling: 'SECRET\r\nX' })).toContain(
      'handling: handling contains a control character'
    )
  })

  it('reports every problem at once', () => {
    const error = errorOf('brief:export-pdf', { suggestedName: 'a/b', pageSize: 'A5' })
    expect(error).toContain('suggestedName:')
    expect(error).toContain('html: html is required')
    expect(error).toContain('pageSize:')
  })
})

describe('automatic backup channels', () => {
  const marker = { version: 1, articles: 2, imported: 1, graded: 17, changedAt: '2026-11-30T03:00:00.000Z' }

  it('accept a backup, a backup name and a marker', () => {
    expect(validateIpcArgs('backups:write', { json: '{}', articleCount: 2, reason: 'quit' }).ok).toBe(true)
    const fileName = 'sourcemark-auto-2026-11-30T03-35-38-123Z-2a.json'
    expect(validateIpcArgs('backups:read', { fileName }).ok).toBe(true)
    expect(validateIpcArgs('library:write-marker', { marker }).ok).toBe(true)
  })

  it('read nothing but an automatic backup by its exact name', () => {
    for (const fileName of ['../library-marker.json', '/etc/passwd', 'sourcemark-backup-2026-11-30.json'])
      expect(errorOf('backups:read', { fileName })).toContain(
        'fileName: fileName is not the name of an automatic backup'
      )
  })

  it('refuse a marker that does not say what the library held', () => {
    expect(errorOf('library:write-marker', { marker: { ...marker, articles: -1 } })).toContain(
      'marker.articles'
    )
    expect(errorOf('library:write-marker', { marker: { ...marker, changedAt: 'yesterday' } })).toContain(
      'marker.changedAt'
    )
    expect(errorOf('backups:write', { json: '{}', articleCount: 1, reason: 'whenever' })).toContain(
      'reason: reason must be one of changes, quit'
    )
  })
})
