// Ctrl+K (⌘K on a Mac) opens the command palette from anywhere, a field included. Only with Ctrl or
// ⌘ and nothing else: K alone, or with Shift, stays the reader's (previous sentence, start a judgment).
import { useEffect, useRef } from 'react'

export function isPaletteKey(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>
): boolean {
  return (
    (event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'k'
  )
}

export function usePaletteKey(open: () => void): void {
  const latest = useRef(open)
  latest.current = open
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isPaletteKey(event)) return
      // The browser's own Ctrl+K (its search bar) is not what the analyst meant here.
      event.preventDefault()
      latest.current()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [])
}
