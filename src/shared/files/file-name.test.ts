import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { backupFileName } from '../backup/serialize'
import { briefFileName } from '../brief/markdown'
import { assessmentsCsvFileName } from '../exports/csv'
import { exportFileName } from '../exports/file-name'
import { webAnnotationsFileName } from '../exports/web-annotation'
import { fileNameProblem, isWindowsDeviceName, MAX_FILE_NAME_CHARS } from './file-name'

describe('fileNameProblem', () => {
  it.each([
    'brief-north-korean-troops-2026-11-26.md',
    'Kursk brief 2025-01-27.md',
    'Курск.md',
    'брифінг-курськ.pdf',
    'تقرير كورسك.md',
    'בריף.md',
    '北朝鮮軍撤退.md',
    '.md',
    'v1.2 brief',
    // Device names only as part of a longer word, or after another word.
    'CONTEXT.md',
    'console.md',
    'auxiliary.csv',
    'null.json',
    'com10.md',
    'lpt.md',
    'COM-1.md',
    'brief-con.md',
    'brief.con',
    'my nul.txt',
    // Joiners that scripts and emoji need are not bidi controls.
    'क्‍ष.md',
    '👩‍💻 notes.md',
    'k'.repeat(MAX_FILE_NAME_CHARS)
  ])('accepts %j', (name) => {
    expect(fileNameProblem(name)).toBeNull()
  })

  it.each([
    ['', 'empty'],
    ['k'.repeat(MAX_FILE_NAME_CHARS + 1), 'longer than 200 characters'],
    ['../../.bashrc', 'path separator'],
    ['C:\\Users\\analyst\\kursk.md', 'path separator'],
    ['kursk\u0000.md', 'control character'],
    ['kursk\u0085.md', 'control character'],
    ['kursk?.md', 'not allowed in file names'],
    ['kursk.md:secret', 'not allowed in file names'],
    ['..', 'only dots'],
    [' . ', 'only dots'],
    // Windows drops trailing dots and spaces: these would save under another name.
    ['brief.md.', 'ends with a dot or a space'],
    ['brief.md ', 'ends with a dot or a space'],
    ['brief.md. . ', 'ends with a dot or a space'],
    ['brief...', 'ends with a dot or a space'],
    // Windows devices, in any case, with any extension, and with ¹²³ as digits.
    ['CON', 'device name'],
    ['con', 'device name'],
    ['Con.md', 'device name'],
    ['con.txt', 'device name'],
    ['CON.tar.gz', 'device name'],
    ['con .md', 'device name'],
    ['PRN', 'device name'],
    ['aux.csv', 'device name'],
    ['NUL.json', 'device name'],
    ['nul', 'device name'],
    ['COM1', 'device name'],
    ['com9.pdf', 'device name'],
    ['COM0', 'device name'],
    ['LPT1', 'device name'],
    ['lpt9.md', 'device name'],
    ['COM¹', 'device name'],
    ['com².md', 'device name'],
    ['LPT³.pdf', 'device name'],
    ['CONIN$', 'device name'],
    ['conout$.txt', 'device name'],
    // Bidi controls make a name read as something else: "brief-‮dm.exe" shows as "brief-exe.md".
    ['brief-\u202edm.exe', 'bidirectional control'],
    ['\u202akursk.md', 'bidirectional control'],
    ['kursk\u202b.md', 'bidirectional control'],
    ['kursk\u202c.md', 'bidirectional control'],
    ['kursk\u202d.md', 'bidirectional control'],
    ['\u2066kursk\u2069.md', 'bidirectional control'],
    ['kursk\u2067.md', 'bidirectional control'],
    ['kursk\u2068.md', 'bidirectional control'],
    ['kursk\u200e.md', 'bidirectional control'],
    ['تقرير\u200f.md', 'bidirectional control'],
    ['تقرير\u061c.md', 'bidirectional control']
  ])('refuses %j (%s)', (name, reason) => {
    expect(fileNameProblem(name)).toContain(reason)
    expect(fileNameProblem(name)).toMatch(/^file name /)
  })

  it('knows the device names by themselves too', () => {
    expect(['CON', 'nul.txt', 'COM¹', 'lpt3 .md'].every(isWindowsDeviceName)).toBe(true)
    expect(['CONTEXT', 'com10', 'nullify.txt', 'xcon'].some(isWindowsDeviceName)).toBe(false)
  })
})

describe('the names Sourcemark makes', () => {
  const at = '2026-11-26T15:30:00.000Z'
  const makers: [string, (title: string, date: string) => string][] = [
    ['brief', briefFileName],
    ['brief PDF', (title, date) => briefFileName(title, date).replace(/\.md$/, '.pdf')],
    ['assessments CSV', assessmentsCsvFileName],
    ['web annotations', webAnnotationsFileName],
    ['backup', (_title, date) => backupFileName(date)]
  ]

  it.each([
    'CON',
    'con.txt',
    'COM¹',
    'LPT1',
    'nul',
    'Brief',
    'brief CON',
    '\u202eexe.md',
    'Kursk \u202egpj.exe',
    '\u2066North Korean troops\u2069',
    'Sudzha.',
    'Sudzha ',
    '...',
    ' ',
    '../../etc/passwd',
    'C:\\Windows\\win.ini',
    'a:b*c?d"e<f>g|h',
    '\u0000\u001f\u007f\u0085',
    '𠀀'.repeat(120),
    'North Korean troops '.repeat(40)
  ])('are safe for a title like %j', (title) => {
    for (const [what, make] of makers) {
      for (const date of [at, 'not a date', '']) {
        const name = make(title, date)
        expect(fileNameProblem(name), `${what}: ${name}`).toBeNull()
      }
    }
  })

  it('are safe for any title and any date', () => {
    const risky = fc.constantFrom(
      'CON',
      'nul',
      'COM¹',
      'lpt9',
      '.',
      ' ',
      '\u202e',
      '\u2066',
      '\u200f',
      '\u061c',
      '/',
      '\\',
      ':',
      '\u0000',
      '𠀀'
    )
    const title = fc
      .array(fc.oneof(risky, fc.string({ unit: 'binary', maxLength: 8 })), { maxLength: 60 })
      .map((parts) => parts.join(''))
    const date = fc.oneof(fc.constant(at), fc.string({ unit: 'binary', maxLength: 30 }))
    fc.assert(
      fc.property(title, date, fc.constantFrom('brief', 'assessments', 'annotations'), (t, d, kind) => {
        for (const [, make] of makers) expect(fileNameProblem(make(t, d))).toBeNull()
        expect(fileNameProblem(exportFileName(kind, 'jsonld', t, d))).toBeNull()
      }),
      { numRuns: 2000 }
    )
  })

  it('keep a readable title in the name', () => {
    expect(briefFileName('Kursk \u202egpj.exe', at)).toBe('brief-kursk-gpj-exe-2026-11-26.md')
    expect(briefFileName('CON', at)).toBe('brief-con-2026-11-26.md')
    expect(backupFileName(at)).toBe('sourcemark-backup-2026-11-26.json')
  })
})
