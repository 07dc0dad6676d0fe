// How the bench lets the page finish what the last action started before it goes on: a frame
// begins, then the page is idle. Idle time alone is not enough to wait for. After a change that no
// script asked a frame for (the floor's key, which changes one line of the page), Chromium gave
// the page no idle time until a frame was asked for: every such wait ran to its timeout, 5 s per
// key, and the next key came to a page in that state, unlike a grade's, whose probe asks for a
// frame. Asking for the frame first settles both alike.

import { seededRandom } from '../src/shared/seeded-random'

/** The longest wait for idle time, after which the page is taken as settled anyway. */
export const SETTLE_TIMEOUT_MS = 5_000

/**
 * Evaluated in the page: resolves once a frame has begun and the page has been idle after it, with
 * whether the wait ran out after `timeoutMs` instead (the page was never idle).
 */
export function settleScript(timeoutMs = SETTLE_TIMEOUT_MS): string {
  return `new Promise((resolve) =>
  requestAnimationFrame(() =>
    requestIdleCallback((deadline) => resolve({ timedOut: deadline.didTimeout }), { timeout: ${timeoutMs} })
  )
)`
}

/** The bench's wait: for idle time after a frame, at most SETTLE_TIMEOUT_MS. */
export const SETTLE_SCRIPT = settleScript()

/** One frame of a 60 Hz display. */
export const FRAME_MS = 1000 / 60

/**
 * Delays before each of `count` timed keys, in milliseconds: spread over one frame, drawn from a
 * seeded generator (src/shared/seeded-random.ts), the same in every run. A key pressed right
 * after the page settled lands at the same point of the display's frame each time, set by the
 * bench's own rhythm: a change of that rhythm once moved the grading loop's key → paint from
 * 12 ms to 16 ms with no change to the app. A person's keys land at every point of the frame; so do these.
 */
export function keyPhases(count: number, seed = 0x5eed): number[] {
  const next = seededRandom(seed)
  return Array.from({ length: count }, () => next() * FRAME_MS)
}
