// Jumps through links, remembered like a browser's history so the analyst can go back to where
// each jump started: the last jump is undone first.

/** Jumps remembered at most; the oldest are forgotten first. */
export const JUMP_LIMIT = 100

/** The history after a jump from sentence `from`. */
export function pushJump(stack: readonly string[], from: string): string[] {
  // Going back to where one already is would look like a Back that does nothing.
  const next = stack.at(-1) === from ? [...stack] : [...stack, from]
  return next.length > JUMP_LIMIT ? next.slice(next.length - JUMP_LIMIT) : next
}

/** Where Back goes, and the history after it; `to` is undefined when there is nowhere to go. */
export function popJump(stack: readonly string[]): { to: string | undefined; stack: string[] } {
  return { to: stack.at(-1), stack: stack.slice(0, -1) }
}
