// A turn for the page between the steps of long work on its main thread.

/**
 * What a step waits for: the page's other tasks (input, paint, IndexedDB answers, timers) queued
 * meanwhile. Not `scheduler.yield()`, whose continuation goes ahead of them.
 */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}
