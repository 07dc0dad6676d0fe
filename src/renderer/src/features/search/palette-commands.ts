// The palette's commands, read from the reader's one command table (shortcuts.ts): each row of the
// shortcut sheet, with its keys, and what pressing those keys means there (commandFor). A range of
// keys ("1 – 6") is one command per key. Nothing here names a command of its own.
import { isPaletteKey } from './palette-key'
import { commandFor, SHORTCUT_SHEET, type KeyStroke, type ReaderCommand } from '../reader/shortcuts'

export interface PaletteCommand {
  id: string
  label: string
  /** The keys as the shortcut sheet shows them. */
  keys: string[]
  /** What it does: a reader command, or a key stroke that another part of the app answers (undo). */
  run: { kind: 'reader'; command: ReaderCommand } | { kind: 'keys'; stroke: KeyboardEventInit }
}

const MODIFIERS = new Set(['Shift', 'Ctrl/⌘'])
/** The sheet's names for keys, as KeyboardEvent.key spells them. */
const KEY_NAMES: Record<string, string> = { '↓': 'ArrowDown', '↑': 'ArrowUp', Esc: 'Escape' }

function range(from: string, to: string): string[] {
  const keys: string[] = []
  for (let c = from.charCodeAt(0); c <= to.charCodeAt(0); c++) keys.push(String.fromCharCode(c))
  return keys
}

function strokeOf(key: string, shift: boolean): KeyStroke {
  const name = KEY_NAMES[key] ?? key
  return { key: shift && name.length === 1 ? name.toUpperCase() : name, shiftKey: shift }
}

/** One command per row of the sheet (per key of a range); rows that are no command here (Esc, the palette itself) are left out. */
export function paletteCommands(sheet = SHORTCUT_SHEET): PaletteCommand[] {
  const commands: PaletteCommand[] = []
  for (const row of sheet) {
    const shift = row.keys.includes('Shift')
    const ctrl = row.keys.includes('Ctrl/⌘')
    const modifiers = row.keys.filter((k) => MODIFIERS.has(k))
    const plain = row.keys.filter((k) => !MODIFIERS.has(k))
    const dash = plain.indexOf('–')
    const choices = dash > 0 ? range(plain[dash - 1], plain[dash + 1]) : [plain[0]]
    for (const key of choices) {
      const label = dash > 0 ? `${row.action}: ${key}` : row.action
      const keys = dash > 0 ? [...modifiers, key] : row.keys
      const id = `command:${keys.join('+')}`
      if (ctrl) {
        const { key: name, shiftKey } = strokeOf(key, false)
        // The palette's own key: already open.
        if (isPaletteKey({ key: name, ctrlKey: true, metaKey: false, shiftKey: shift, altKey: false }))
          continue
        commands.push({
          id,
          label,
          keys,
          run: {
            kind: 'keys',
            stroke: { key: name.toLowerCase(), shiftKey: shift || shiftKey, ctrlKey: true }
          }
        })
        continue
      }
      const command = commandFor(strokeOf(key, shift))
      if (command) commands.push({ id, label, keys, run: { kind: 'reader', command } })
    }
  }
  return commands
}
