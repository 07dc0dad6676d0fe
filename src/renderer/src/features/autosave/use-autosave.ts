// A free-text field that never loses a keystroke: the draft is saved after a pause, and at once
// when the field loses focus, when the page is hidden or closed, and when the field goes away
// (the inspector moves to another sentence). The same value is never saved twice.
import { useCallback, useEffect, useRef, useState } from 'react'
import { settleDraft, writeDraft, type DraftAddress } from './draft-journal'

/** The pause after the last keystroke before the draft is saved. */
export const AUTOSAVE_DELAY_MS = 400

export interface Autosave {
  draft: string
  /** Takes a keystroke: the draft changes now, the save follows after a pause. */
  change: (value: string) => void
  /** Saves the draft now if it differs from what was last saved (e.g. on blur). */
  flush: () => void
}

export interface AutosaveOptions {
  /** What is stored, e.g. trimmed; the draft keeps what the analyst typed. */
  normalize?: (draft: string) => string
  /** Where the draft belongs, so that one the page could not store is saved at the next start. */
  address?: DraftAddress
  /** The pause before a save while typing; AUTOSAVE_DELAY_MS unless a caller needs another. */
  delayMs?: number
}

const asTyped = (draft: string) => draft

/**
 * `value` is the stored text, as the library shows it now; `save` writes a draft. A
 * stored value that changes while the analyst has nothing unsaved (undo, another window)
 * replaces the draft; unsaved typing is never replaced.
 */
export function useAutosave(
  value: string,
  save: (value: string) => void,
  { normalize = asTyped, address, delayMs = AUTOSAVE_DELAY_MS }: AutosaveOptions = {}
): Autosave {
  const [draft, setDraft] = useState(value)
  const latest = useRef({ draft: value, saved: value, save, normalize, address })
  Object.assign(latest.current, { save, normalize, address })
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)

  const flush = useCallback(() => {
    clearTimeout(timer.current)
    const state = latest.current
    const next = state.normalize(state.draft)
    if (next === state.saved) return
    state.saved = next
    state.save(next)
  }, [])

  const change = useCallback(
    (next: string) => {
      const state = latest.current
      state.draft = next
      if (state.address) writeDraft(state.address, state.normalize(next))
      setDraft(next)
      clearTimeout(timer.current)
      timer.current = setTimeout(flush, delayMs)
    },
    [flush, delayMs]
  )

  useEffect(() => {
    const state = latest.current
    // The journal lets go of a draft once the library shows it stored, not when a save was merely
    // asked for: a save that fails leaves the draft to be saved at the next start.
    if (state.address && value === state.normalize(state.draft)) settleDraft(state.address, value)
    if (value === state.saved || state.normalize(state.draft) !== state.saved) return
    state.draft = value
    state.saved = value
    setDraft(value)
  }, [value])

  useEffect(() => {
    // pagehide covers closing and navigating away; visibilitychange covers a tab sent to the
    // background or a window minimised, after which the page may be discarded without pagehide.
    const onHidden = () => {
      if (document.visibilityState === 'hidden') flush()
    }
    window.addEventListener('pagehide', flush)
    document.addEventListener('visibilitychange', onHidden)
    return () => {
      window.removeEventListener('pagehide', flush)
      document.removeEventListener('visibilitychange', onHidden)
      flush()
    }
  }, [flush])

  return { draft, change, flush }
}
