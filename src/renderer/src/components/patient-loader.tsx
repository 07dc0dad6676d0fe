// A spinner for a wait that is usually over in a few frames (an article opening): it appears only
// once the wait has lasted long enough to be noticed. Drawn at once, it flashed by, and every frame
// of its animation was drawn by the compositor on a core the article's render was waiting for.
import { useEffect, useState } from 'react'
import { Loader, type LoaderProps } from '@mantine/core'

/** How long a wait lasts before its spinner appears: past what reads as instant. */
export const PATIENT_LOADER_DELAY_MS = 400

/** Mantine's Loader with the same props, shown only after `PATIENT_LOADER_DELAY_MS` mounted. */
export function PatientLoader(props: LoaderProps & { 'aria-label': string }) {
  const [due, setDue] = useState(false)
  useEffect(() => {
    const timer = setTimeout(() => setDue(true), PATIENT_LOADER_DELAY_MS)
    return () => clearTimeout(timer)
  }, [])
  return due ? <Loader {...props} /> : null
}
