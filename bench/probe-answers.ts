// What the page probe (./app-page.ts) answers the bench (./app-scenarios.ts) with: the page's
// side and the driver's are type-checked apart, so the shapes they share are written once, here.

/** One timed key (pressResult): milliseconds from the key event, and the steps in between. */
export interface PressResult<Steps> {
  /** To the frame presented with the new rating. */
  paint: number
  /** To the grade's commit. */
  stored: number
  /** To the page's handling of the key. */
  toPage: number
  /** To the rating in the DOM. */
  toDom: number
  /** To the start of the frame after that. */
  toFrame: number
  /** To the grade writer's worker receiving its message; null when the page wrote the grade. */
  toWorker: number | null
  steps: Steps | null
}

/** The longest main-thread task and animation frame in a span (longestSince), in milliseconds. */
export interface Longest {
  task: number
  frame: number
}
