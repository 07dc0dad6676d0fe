// A CPU profile of a bench page's main thread, or a performance trace of its frames, written to a
// file for Chromium's DevTools (Performance): what a scenario's time is made of.
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

/** What DevTools records in its Performance panel: each frame's steps beside the scripts' samples. */
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'disabled-by-default-v8.cpu_profiler',
  'blink.user_timing',
  'v8.execute',
  'toplevel',
  'latencyInfo',
  'cc'
]

/**
 * Starts a Chromium performance trace of `page` when the environment variable `variable` names a
 * file (for DevTools' Performance panel): the frames' style, layout and paint, which a CPU profile
 * leaves out, beside the scripts; `suffix` is added to that name, one file for each of several runs.
 * The function returned stops it and writes the file.
 */
export async function startTrace(
  page: Page,
  variable: string,
  suffix = ''
): Promise<(() => Promise<void>) | undefined> {
  const named = process.env[variable]
  if (!named) return undefined
  const file = named + suffix
  const browser = page.context().browser()
  if (!browser) throw new Error(`${variable}: this page's browser cannot be traced.`)
  await browser.startTracing(page, { path: file, categories: TRACE_CATEGORIES })
  return async () => {
    await browser.stopTracing()
  }
}
