// Starting one of the app's workers and hearing it, and the errors a worker reports, the same way
// for the grade writer and the brief's worker.

/**
 * The worker `start` gives, heard through `onAnswer` and `onError` (a worker that could not load,
 * or stopped); null where none can start (a policy that forbids workers, an old browser).
 */
export function startHeard<R>(
  start: () => Worker,
  onAnswer: (response: R) => void,
  onError: () => void
): Worker | null {
  try {
    const worker = start()
    worker.onmessage = (event: MessageEvent<R>) => onAnswer(event.data)
    worker.onerror = onError
    return worker
  } catch {
    return null
  }
}

/** An error a worker reported by its name and message, as the page's own. */
export function reportedError({ name, message }: { name: string; message: string }): Error {
  return Object.assign(new Error(message), { name })
}
