// How long a page's main thread was busy: the renderer's own count of the time its tasks took
// (DevTools' Performance.getMetrics, TaskDuration), read from outside the page. Read before a key
// and again once the work it caused is surely over, the difference is all the work the key
// caused there: the grade shown, and what follows once it is stored (the live queries' reads,
// the renders they cause), which no frame timing sees. The meter's own bookkeeping slows every
// task a little, so it is on only while it is read; each reading costs the page about 0.5–1 ms.
import type { Page } from 'playwright'

export interface MainThreadMeter {
  /** Milliseconds the main thread has spent in tasks since the meter was made. */
  busyMs(): Promise<number>
  close(): Promise<void>
}

export async function mainThreadMeter(page: Page): Promise<MainThreadMeter> {
  const session = await page.context().newCDPSession(page)
  // Wall time of each task: on this kind of machine the thread's own CPU clock undercounts (a
  // 20 ms loop was reported as 10 ms).
  await session.send('Performance.enable', { timeDomain: 'timeTicks' })
  const read = async () => {
    const { metrics } = await session.send('Performance.getMetrics')
    const task = metrics.find((m) => m.name === 'TaskDuration')
    if (!task) throw new Error('Chromium did not report TaskDuration among its performance metrics.')
    return task.value * 1000
  }
  const start = await read()
  return {
    busyMs: async () => (await read()) - start,
    close: async () => {
      await session.send('Performance.disable')
      await session.detach()
    }
  }
}
