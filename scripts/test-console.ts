// What the test runner leaves out of the console it shows: one warning React repeats at every
// act() in the browser tests, where it says nothing. Everything else a test logs is shown.

/**
 * React's warning at each act() on a page not marked as an act environment. The browser tests'
 * pages are deliberately not one (`IS_REACT_ACT_ENVIRONMENT` unset): their renders run on React's
 * own scheduler, as in the app, and a test waits for them with `expect.poll`; act is used only to
 * flush a render at once. Marking the page would trade this warning for another at every update
 * made outside act, which most of them are. Left in, it was 1,716 of the suite's stderr messages.
 */
export const ACT_ENVIRONMENT_WARNING = 'The current testing environment is not configured to support act(...)'

/** Whether the runner shows a message a test logged (Vitest's `onConsoleLog`: false leaves it out). */
export function shownInTestOutput(log: string): boolean {
  return log.trim() !== ACT_ENVIRONMENT_WARNING
}
