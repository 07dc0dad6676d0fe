// A CPU profile of a bench page's main thread, written to a file for Chromium's DevTools
// (Performance): what a scenario's longest task is made of.
import { writeFileSync } from 'node:fs'
import type { Page } from 'playwright'

/**
 * Starts profiling `page` when the environment variable `variable` names a file; the function
 * returned stops it and writes the profile there. Nothing is profiled when it is not set.
 */
export async function startCpuProfile(
  page: Page,
  variable: string
): Promise<(() => Promise<void>) | undefined> {
  const file = process.env[variable]
  if (!file) return undefined
  const session = await page.context().newCDPSession(page)
  await session.send('Profiler.enable')
  await session.send('Profiler.setSamplingInterval', { interval: 200 })
  await session.send('Profiler.start')
  return async () => {
    const { profile } = await session.send('Profiler.stop')
    writeFileSync(file, JSON.stringify(profile))
    await session.detach()
  }
}
