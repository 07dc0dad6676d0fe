// The import form's text prepared while the analyst reads the form (a file read at once, a
// pasted text once typing pauses), so that Import article finds it ready in the import worker;
// and what it will make, for the form to say.
import { useEffect, useState } from 'react'
import { db } from '../../db'
import { dropAhead, prepareAhead, type PreparedAhead } from '../../segmenting/segment-client'

/** How long typing in the text box must pause before the text is prepared. */
export const TYPING_PAUSE_MS = 400

export type AheadCount =
  /** No text, or the dialog closed: nothing to say. */
  | { kind: 'none' }
  /** The text (as it is now) is being prepared, or will be once typing pauses. */
  | { kind: 'counting' }
  | ({ kind: 'counted' } & PreparedAhead)

interface Counted {
  text: string
  language: string
  count: PreparedAhead
}

/**
 * Prepares the draft's `text` in `language` ahead of its import while `opened`; `typed` waits
 * for a pause in typing first. The count is stale (counting) as soon as the text differs from the
 * one counted, and none where nothing could be prepared ahead (no worker).
 */
export function usePreparedAhead(
  opened: boolean,
  text: string,
  language: string,
  typed: boolean
): AheadCount {
  const [counted, setCounted] = useState<Counted | null>(null)
  const [unavailable, setUnavailable] = useState(false)
  const hasText = text.trim() !== ''

  useEffect(() => {
    if (!opened) return
    if (!hasText) return dropAhead()
    let current = true
    const timer = setTimeout(
      () => {
        prepareAhead(text, language, db).then(
          (count) => {
            if (!current) return
            if (count) setCounted({ text, language, count })
            else setUnavailable(true)
          },
          // Not prepared ahead (the import will say what is wrong with the text): nothing to show.
          () => current && setUnavailable(true)
        )
      },
      typed ? TYPING_PAUSE_MS : 0
    )
    return () => {
      current = false
      clearTimeout(timer)
      setUnavailable(false)
    }
  }, [opened, hasText, text, language, typed])

  // Closing the form drops what was prepared for it, and ends a preparation still running.
  useEffect(() => {
    if (!opened) return undefined
    return () => dropAhead({ end: true })
  }, [opened])

  if (!opened || !hasText || unavailable) return { kind: 'none' }
  if (counted && counted.text === text && counted.language === language)
    return { kind: 'counted', ...counted.count }
  return { kind: 'counting' }
}
