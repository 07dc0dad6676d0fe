// What waits on start-up (the panels' code, the library's housekeeping) starts when the first
// screen is shown, or at the latest a few seconds after the page began, whatever start-up does.
import { afterEach, expect, it, vi } from 'vitest'
import { START_UP_LATEST_MS, startUpSignal } from './start-up'

/** Whether `promise` has settled by now. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false
  void promise.then(() => (done = true))
  await Promise.resolve()
  await Promise.resolve()
  return done
}

afterEach(() => {
  vi.useRealTimers()
})

it('waits for the first screen, and no longer once it is shown', async () => {
  // The page has just begun.
  vi.useFakeTimers({ toFake: ['setTimeout', 'performance'] })
  const startUp = startUpSignal()
  expect(await settled(startUp.after())).toBe(false)
  startUp.shown()
  expect(await settled(startUp.after())).toBe(true)
})

it('starts what waits at the latest START_UP_LATEST_MS after the page began, the first screen shown or not', async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'performance'] })
  vi.advanceTimersByTime(1_000)
  const startUp = startUpSignal()
  vi.advanceTimersByTime(START_UP_LATEST_MS - 1_001)
  expect(await settled(startUp.after())).toBe(false)
  vi.advanceTimersByTime(1)
  expect(await settled(startUp.after())).toBe(true)
})
