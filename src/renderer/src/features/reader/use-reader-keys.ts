// Keyboard-first grading: j/↓ next, k/↑ previous, 1–6 credibility. Typing in a field is left alone.
import { useEffect, useRef } from 'react'
import type { Credibility } from '@shared/model'

export interface ReaderKeyActions {
  move: (delta: number) => void
  setCredibility: (credibility: Credibility) => void
}

export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  if (target instanceof HTMLInputElement) return !['radio', 'checkbox', 'button'].includes(target.type)
  return false
}

export function useReaderKeys(enabled: boolean, actions: ReaderKeyActions): void {
  const latest = useRef(actions)
  latest.current = actions
  useEffect(() => {
    if (!enabled) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return
      if (isTyping(event.target)) return
      // A dialog in front of the reader owns the keyboard.
      if (document.querySelector('[role="dialog"][aria-modal="true"]')) return
      const { move, setCredibility } = latest.current
      if (event.key === 'j' || event.key === 'ArrowDown') move(1)
      else if (event.key === 'k' || event.key === 'ArrowUp') move(-1)
      else if (/^[1-6]$/.test(event.key)) setCredibility(Number(event.key) as Credibility)
      else return
      event.preventDefault()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [enabled])
}
