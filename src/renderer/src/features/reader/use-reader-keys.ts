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

/**
 * The reader's keys: each a command of shortcuts.ts, unless a field, a dialog or a part of the
 * page that handled the key first (preventDefault) has it. Grade keys are taken as the key
 * arrives, before the page's other handlers: their write leaves for the grade writer before
 * React dispatches the key. No part of the page takes a digit outside a field, so no part loses
 * one; every other key is taken last, once the page's parts have had it.
 */
export function useReaderKeys(enabled: boolean, run: (command: ReaderCommand) => void): void {
  const latest = useRef(run)
  latest.current = run
  useEffect(() => {
    if (!enabled) return
    // The grade writer loads while the analyst reads, not on the first key.
    gradeWriter.warm()
    const take = (grades: boolean) => (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return
      const command = commandFor(event)
      // A digit typed into a field is the field's: no look for a dialog at each one.
      if (grades && (command?.kind !== 'credibility' || isTyping(event.target))) return
      // A dialog in front of the reader owns the keyboard.
      if (document.querySelector('[role="dialog"][aria-modal="true"]')) return
      if (isTyping(event.target)) {
        if (event.key === 'Escape') (event.target as HTMLElement).blur()
        return
      }
      if (!command) return
      event.preventDefault()
      latest.current(command)
    }
    const onGradeKey = take(true)
    const onKeyDown = take(false)
    // On the document, not the window: keys held for a field still loading (typed-ahead.ts, on
    // the window) are never taken for grades.
    document.addEventListener('keydown', onGradeKey, { capture: true })
    document.addEventListener('keydown', onKeyDown)
    return () => {
      document.removeEventListener('keydown', onGradeKey, { capture: true })
      document.removeEventListener('keydown', onKeyDown)
    }
  }, [enabled])
}
