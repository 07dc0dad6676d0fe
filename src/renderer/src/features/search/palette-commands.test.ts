import { describe, expect, it } from 'vitest'
import readme from '../../../../../README.md?raw'
import { nameMatcher } from '@shared/search/name-match'
import { SHORTCUT_SHEET } from '../reader/shortcuts'
import { paletteCommands } from './palette-commands'
import { isPaletteKey } from './palette-key'

describe('the palette’s key', () => {
  const key = (
    k: string,
    mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}
  ) => ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods })

  it('is Ctrl+K or ⌘K, and nothing the reader already answers', () => {
    expect(isPaletteKey(key('k', { ctrlKey: true }))).toBe(true)
    expect(isPaletteKey(key('k', { metaKey: true }))).toBe(true)
    expect(isPaletteKey(key('K', { ctrlKey: true }))).toBe(true)
    // k alone is the previous sentence, Shift+K starts a judgment: neither opens the palette.
    expect(isPaletteKey(key('k'))).toBe(false)
    expect(isPaletteKey(key('K', { shiftKey: true }))).toBe(false)
    expect(isPaletteKey(key('K', { ctrlKey: true, shiftKey: true }))).toBe(false)
    expect(isPaletteKey(key('k', { ctrlKey: true, altKey: true }))).toBe(false)
  })

  it('is not a reader command, so the reader does nothing with it', () => {
    // The reader ignores keys with Ctrl or ⌘ (use-reader-keys.ts); its table has no Ctrl+K either.
    const sheetRow = SHORTCUT_SHEET.find((r) => r.keys.join('+') === 'Ctrl/⌘+K')
    expect(sheetRow?.action).toMatch(/^Command palette/)
    expect(paletteCommands().some((c) => c.keys.join('+') === 'Ctrl/⌘+K')).toBe(false)
  })
})

describe('the palette’s commands', () => {
  const commands = paletteCommands()
  const byLabel = (label: string) => commands.find((c) => c.label === label)

  it('are the shortcut sheet’s, each with its keys and what those keys do in the reader', () => {
    expect(byLabel('Next sentence')).toMatchObject({
      keys: ['j', '↓'],
      run: { kind: 'reader', command: { kind: 'move', delta: 1 } }
    })
    expect(byLabel('Last sentence')?.run).toEqual({ kind: 'reader', command: { kind: 'edge', to: 'last' } })
    expect(byLabel('Start a key judgment from this sentence, in the article’s case')).toMatchObject({
      keys: ['Shift', 'k'],
      run: { kind: 'reader', command: { kind: 'start-judgment' } }
    })
    expect(byLabel('This sheet')?.run).toEqual({ kind: 'reader', command: { kind: 'shortcut-sheet' } })
  })

  it('give each key of a range its own command', () => {
    const credibility = commands.filter((c) => c.label.startsWith('Credibility of the information'))
    expect(credibility.map((c) => c.keys)).toEqual([['1'], ['2'], ['3'], ['4'], ['5'], ['6']])
    expect(credibility[2].run).toEqual({ kind: 'reader', command: { kind: 'credibility', value: 3 } })
    const reliability = commands.filter((c) => c.label.startsWith('Reliability'))
    expect(reliability.map((c) => c.keys.join('+'))).toEqual([
      'Shift+A',
      'Shift+B',
      'Shift+C',
      'Shift+D',
      'Shift+E',
      'Shift+F'
    ])
    expect(reliability[1].run).toEqual({ kind: 'reader', command: { kind: 'reliability', value: 'B' } })
  })

  it('run undo and redo as their keys', () => {
    expect(byLabel('Undo')?.run).toEqual({
      kind: 'keys',
      stroke: { key: 'z', shiftKey: false, ctrlKey: true }
    })
    expect(byLabel('Redo')?.run).toEqual({
      kind: 'keys',
      stroke: { key: 'z', shiftKey: true, ctrlKey: true }
    })
  })

  it('leave out only the rows that are no command, and repeat no key', () => {
    const rows = new Set(commands.map((c) => c.label.replace(/: .$/, '')))
    const missing = SHORTCUT_SHEET.map((r) => r.action).filter((a) => !rows.has(a))
    // Keys that act on a focused field or row, not on the article, are no palette commands.
    expect(missing).toEqual([
      'In the sentence’s sources: move up, move down, remove',
      'Leave a field, back to the reader',
      'Command palette: go to an article, a sentence, a source; run a command'
    ])
    expect(new Set(commands.map((c) => c.id)).size).toBe(commands.length)
  })
})

describe('the README on the palette', () => {
  it('names its key in the table of keys, as the shortcut sheet does', () => {
    expect(readme).toMatch(
      /^\| `Ctrl`\/`⌘`\+`K` +\| the command palette: go to an article, a sentence, a source; run a command/m
    )
  })

  it('gives examples of commands the palette finds first for those words', () => {
    expect(readme).toContain(
      'so `credibility 3`\nthen Enter grades the selected sentence 3, and `undo` undoes'
    )
    const first = (query: string) => paletteCommands().find((c) => nameMatcher(query)([c.label, ...c.keys]))
    expect(first('credibility 3')?.run).toEqual({
      kind: 'reader',
      command: { kind: 'credibility', value: 3 }
    })
    expect(first('undo')?.label).toBe('Undo')
  })
})
