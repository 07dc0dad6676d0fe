// How the bench lets the page finish what the last action started before it goes on: a frame
// begins, then the page is idle. Idle time alone is not enough to wait for. After a change that no
// script asked a frame for (the floor's key, which changes one line of the page), Chromium gave
// the page no idle time until a frame was asked for: every such wait ran to its timeout, 5 s per
// key, and the next key came to a page in that state, unlike a grade's, whose probe asks for a
// frame. Asking for the frame first settles both alike.

/** The longest wait for idle time, after which the page is taken as settled anyway. */
export const SETTLE_TIMEOUT_MS = 5_000

/**
 * Evaluated in the page: resolves once a frame has begun and the page has been idle after it, with
 * whether the wait ran out instead (the page was never idle).
 */
export const SETTLE_SCRIPT = `new Promise((resolve) =>
  requestAnimationFrame(() =>
    requestIdleCallback((deadline) => resolve({ timedOut: deadline.didTimeout }), { timeout: ${SETTLE_TIMEOUT_MS} })
  )
)`
