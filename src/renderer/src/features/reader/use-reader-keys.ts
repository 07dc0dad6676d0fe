// Keyboard-first grading: the keys of shortcuts.ts, in the reader. Typing in a field is left
// alone, except Esc, which leaves the field so the reader's keys work again.
import { useEffect, useRef } from 'react'
import { gradeWriter } from '../../db/grade-writer'
import { commandFor, type ReaderCommand } from './shortcuts'

export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  if (target instanceof HTMLInputElement) return !['radio', 'checkbox', 'button'].includes(target.type)
  return false
}

export function useReaderKeys(enabled: boolean, run: (command: ReaderCommand) => void): void {
  const latest = useRef(run)
  latest.current = run
  useEffect(() => {
    if (!enabled) return
    // The grade writer loads while the analyst reads, not on the first key.
    gradeWriter.warm()
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return
      // A dialog in front of the reader owns the keyboard.
      if (document.querySelector('[role="dialog"][aria-modal="true"]')) return
      if (isTyping(event.target)) {
        if (event.key === 'Escape') (event.target as HTMLElement).blur()
        return
      }
      const command = commandFor(event)
      if (!command) return
      event.preventDefault()
      latest.current(command)
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [enabled])
}
