import { describe, expect, it } from 'vitest'
import readme from '../../../../../README.md?raw'
import { commandFor, SHORTCUT_SHEET } from './shortcuts'

describe('reader keys', () => {
  it('moves, grades and starts judgments', () => {
    expect(commandFor({ key: 'j' })).toEqual({ kind: 'move', delta: 1 })
    expect(commandFor({ key: 'ArrowUp' })).toEqual({ kind: 'move', delta: -1 })
    expect(commandFor({ key: '4' })).toEqual({ kind: 'credibility', value: 4 })
    expect(commandFor({ key: 'B', shiftKey: true })).toEqual({ kind: 'reliability', value: 'B' })
    expect(commandFor({ key: 'U', shiftKey: true })).toEqual({ kind: 'next-unassessed', delta: -1 })
    expect(commandFor({ key: 'K', shiftKey: true })).toEqual({ kind: 'start-judgment' })
    expect(commandFor({ key: 'End' })).toEqual({ kind: 'edge', to: 'last' })
    expect(commandFor({ key: 'g' })).toEqual({ kind: 'edge', to: 'first' })
  })

  it('keeps k for the previous sentence, and x no longer marks a sentence as key judgment', () => {
    expect(commandFor({ key: 'k' })).toEqual({ kind: 'move', delta: -1 })
    expect(commandFor({ key: 'x' })).toBeNull()
  })

  it('goes back after a jump with Backspace, a key no grade uses', () => {
    expect(commandFor({ key: 'Backspace' })).toEqual({ kind: 'jump-back' })
    expect(SHORTCUT_SHEET.find((s) => s.keys.includes('Backspace'))?.action).toMatch(/^Back to where/)
    expect(readme).toMatch(/^\| `Backspace` +\| back to where the last jump through a link started/m)
  })

  it('ignores keys outside the scales, so typing slips cannot grade', () => {
    for (const key of ['0', '7', '9', 'H', 'b', 'Enter', ' ', '12']) {
      expect(commandFor({ key, shiftKey: key === 'H' })).toBeNull()
    }
    // An unshifted letter never changes a source's reliability, in every article at once.
    expect(commandFor({ key: 'b' })).toBeNull()
    expect(commandFor({ key: 'a' })).toEqual({ kind: 'accept-suggestion' })
  })

  it('S adds a source and R opens the source registry; neither is taken for a reliability grade', () => {
    expect(commandFor({ key: 'S', shiftKey: true })).toEqual({ kind: 'focus', field: 'add-source' })
    expect(commandFor({ key: 'R', shiftKey: true })).toEqual({ kind: 'open-registry' })
    expect(commandFor({ key: 's' })).toEqual({ kind: 'focus', field: 'source' })
    expect(commandFor({ key: 'r' })).toBeNull()
    const sheet = SHORTCUT_SHEET.map((s) => s.action).join('\n')
    expect(sheet).toContain('Add another source to the sentence')
    expect(sheet).toContain('Source registry')
  })

  it('the README names the keys for adding a source and opening the registry', () => {
    expect(readme).toMatch(/^\| `S` +\| add another source to the sentence/m)
    expect(readme).toMatch(/^\| `R` +\| the source registry/m)
  })

  it('the sheet lists every command the keys can give', () => {
    const sheet = SHORTCUT_SHEET.map((s) => s.action).join('\n')
    for (const words of ['Next sentence', 'Credibility', 'Reliability', 'source', 'note', 'Undo']) {
      expect(sheet).toContain(words)
    }
    expect(SHORTCUT_SHEET.find((s) => s.action.includes('key judgment'))).toEqual({
      keys: ['Shift', 'k'],
      action: 'Start a key judgment from this sentence, in the article’s case'
    })
    expect(sheet).not.toMatch(/toggle key judgment/i)
  })

  it('the README names the same key for starting a judgment, and no longer a toggle', () => {
    expect(readme).toMatch(/^\| `K` +\| start a key judgment from the sentence, in the article’s case/m)
    expect(readme).not.toMatch(/toggle key judgment/i)
  })
})
