// Work that can wait until the page has shown what was just committed: run in a task after the
// frame holding it is presented, so that it neither delays that frame nor the tasks just after it.

/**
 * A hidden page presents no frame: the work runs after this long anyway. Long enough for the
 * first frame of a 5 MB article on a busy machine.
 */
const HIDDEN_AFTER_MS = 500

/**
 * Runs `then` in a task once `frames` frames have begun after this call (1: the next one, which
 * presents what was just committed), or after `hiddenAfterMs` where no frame comes (a hidden
 * page). The function returned cancels it.
 */
export function afterPresented(
  then: () => void,
  { frames = 1, hiddenAfterMs = HIDDEN_AFTER_MS }: { frames?: number; hiddenAfterMs?: number } = {}
): () => void {
  let frame = 0
  let timer: ReturnType<typeof setTimeout> | undefined
  let done = false
  const run = () => {
    if (done) return
    done = true
    cancel()
    then()
  }
  const next = (left: number) => {
    frame = requestAnimationFrame(() => {
      if (left > 1) next(left - 1)
      else timer = setTimeout(run, 0)
    })
  }
  const fallback = setTimeout(run, hiddenAfterMs)
  function cancel() {
    cancelAnimationFrame(frame)
    clearTimeout(timer)
    clearTimeout(fallback)
  }
  next(frames)
  return () => {
    done = true
    cancel()
  }
}
