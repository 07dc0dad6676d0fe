// The reader's keyboard map, declared once: the key handler and the shortcut sheet both read it.
import { CREDIBILITY_GRADES, RELIABILITY_GRADES, type Credibility, type Reliability } from '@shared/model'

export type ReaderCommand =
  | { kind: 'move'; delta: 1 | -1 }
  | { kind: 'edge'; to: 'first' | 'last' }
  | { kind: 'next-unassessed'; delta: 1 | -1 }
  | { kind: 'credibility'; value: Credibility }
  | { kind: 'reliability'; value: Reliability }
  | { kind: 'start-judgment' }
  | { kind: 'accept-suggestion' }
  | { kind: 'focus'; field: 'source' | 'add-source' | 'note' }
  | { kind: 'open-registry' }
  | { kind: 'shortcut-sheet' }
  | { kind: 'jump-back' }

export interface KeyStroke {
  key: string
  shiftKey?: boolean
}

/** What a key press in the reader means, or null when it means nothing here. */
export function commandFor({ key, shiftKey = false }: KeyStroke): ReaderCommand | null {
  if (key === 'j' || key === 'ArrowDown') return { kind: 'move', delta: 1 }
  if (key === 'k' || key === 'ArrowUp') return { kind: 'move', delta: -1 }
  if (key === 'Home' || key === 'g') return { kind: 'edge', to: 'first' }
  if (key === 'End' || key === 'G') return { kind: 'edge', to: 'last' }
  if (key === 'u') return { kind: 'next-unassessed', delta: 1 }
  if (key === 'U') return { kind: 'next-unassessed', delta: -1 }
  if ((CREDIBILITY_GRADES as readonly number[]).includes(Number(key)) && key.length === 1) {
    return { kind: 'credibility', value: Number(key) as Credibility }
  }
  // Reliability belongs to the source, in every article: a shifted letter, so it is deliberate.
  if (shiftKey && (RELIABILITY_GRADES as readonly string[]).includes(key)) {
    return { kind: 'reliability', value: key as Reliability }
  }
  // Shifted, so a plain k (previous sentence) never starts a judgment by a slip.
  if (key === 'K') return { kind: 'start-judgment' }
  if (key === 'a') return { kind: 'accept-suggestion' }
  if (key === 's') return { kind: 'focus', field: 'source' }
  // Shifted like K: S adds a further source, R opens the registry (neither is a reliability letter).
  if (key === 'S') return { kind: 'focus', field: 'add-source' }
  if (key === 'R') return { kind: 'open-registry' }
  if (key === 'e') return { kind: 'focus', field: 'note' }
  if (key === '?') return { kind: 'shortcut-sheet' }
  if (key === 'Backspace') return { kind: 'jump-back' }
  return null
}

/** The sheet shown on `?`, in the order an analyst learns them. */
export const SHORTCUT_SHEET: { keys: string[]; action: string }[] = [
  { keys: ['j', '↓'], action: 'Next sentence' },
  { keys: ['k', '↑'], action: 'Previous sentence' },
  { keys: ['g', 'Home'], action: 'First sentence' },
  { keys: ['Shift', 'g', 'End'], action: 'Last sentence' },
  { keys: ['u'], action: 'Next sentence not yet graded' },
  { keys: ['Shift', 'u'], action: 'Previous sentence not yet graded' },
  { keys: ['1', '–', '6'], action: 'Credibility of the information' },
  { keys: ['Shift', 'A', '–', 'F'], action: 'Reliability of the sentence’s source (in every article)' },
  { keys: ['a'], action: 'Accept the sources the sentence names (“… said”, “according to A and B”)' },
  { keys: ['s'], action: 'Pick or create the (primary) source' },
  { keys: ['Shift', 's'], action: 'Add another source to the sentence' },
  { keys: ['Alt', '↑', '↓', 'Delete'], action: 'In the sentence’s sources: move up, move down, remove' },
  { keys: ['Shift', 'r'], action: 'Source registry (at the sentence’s source)' },
  { keys: ['e'], action: 'Edit the note' },
  { keys: ['Shift', 'k'], action: 'Start a key judgment from this sentence, in the article’s case' },
  { keys: ['Backspace'], action: 'Back to where the last jump through a link started' },
  { keys: ['Esc'], action: 'Leave a field, back to the reader' },
  { keys: ['Ctrl/⌘', 'Z'], action: 'Undo' },
  { keys: ['Ctrl/⌘', 'Shift', 'Z'], action: 'Redo' },
  { keys: ['Ctrl/⌘', 'K'], action: 'Command palette: go to an article, a sentence, a source; run a command' },
  { keys: ['?'], action: 'This sheet' }
]
