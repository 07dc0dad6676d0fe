// One queue of work, each piece started once the one before it has ended, in the order asked
// for: the page's writes (serially, index.ts) and the grade writer's messages (grade-writer.worker.ts).

/**
 * A queue: `run(work)` starts `work` once every piece asked for before it has ended, whether it
 * resolved or rejected, and gives its result. A piece asked for while none is under way starts at
 * once, in the task that asked for it, not a microtask later; one that throws before its first
 * wait rejects, as a queued one does, and does not throw at its caller.
 */
export function inOrder(): <T>(work: () => Promise<T>) => Promise<T> {
  let queue: Promise<unknown> = Promise.resolve()
  /** How many of the pieces asked for have not yet ended. */
  let unfinished = 0
  return <T>(work: () => Promise<T>): Promise<T> => {
    const next = unfinished === 0 ? startedNow(work) : queue.then(work, work)
    unfinished++
    const ended = () => void unfinished--
    queue = next.then(ended, ended)
    return next
  }
}

/** `work` started now; work that throws before its first wait rejects, as a queued one does. */
function startedNow<T>(work: () => Promise<T>): Promise<T> {
  try {
    return Promise.resolve(work())
  } catch (error) {
    return Promise.reject(error as Error)
  }
}
