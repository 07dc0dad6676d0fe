// Starting one of the app's workers and hearing it, and the errors a worker reports, the same way
// for the grade writer, the brief's worker and the import's worker.

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

/** What a worker reports of an error it caught: its name and message (see reportedError). */
export function errorReport(error: unknown): { name: string; message: string } {
  const { name, message } = error instanceof Error ? error : new Error(String(error))
  return { name, message }
}

/** An error a worker reported by its name and message, as the page's own. */
export function reportedError({ name, message }: { name: string; message: string }): Error {
  return Object.assign(new Error(message), { name })
}
