// The built browser shell for the app benchmarks: built with the app's own web config, served by
// `vite preview` on a free port of this run's own, opened in Chromium with ./app-page.ts running
// before the app and ./app-worker.ts put into each of its workers. (The first load's size is
// bench/bundle.ts's.)
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright'
import { build, preview } from 'vite'
import { chromiumArgs, chromiumExecutable } from '../scripts/chromium'
import { freePort } from '../scripts/free-port'
import { probeScript } from './probe-script'

const ROOT = join(import.meta.dirname, '..')
const CONFIG = join(ROOT, 'vite.web.config.ts')

export interface AppShell {
  page: Page
  close: () => Promise<void>
}

/** Each page's workers as they start, with the probe (./app-worker.ts) put into each. */
const probedWorkers = new WeakMap<Page, Promise<unknown>[]>()

/** Puts ./app-worker.ts into every worker `page` starts, so commits there are timed too. */
async function probeWorkers(page: Page): Promise<void> {
  const script = await probeScript('app-worker.ts')
  const probed: Promise<unknown>[] = []
  probedWorkers.set(page, probed)
  page.on('worker', (worker) => probed.push(worker.evaluate(script).catch(() => undefined)))
}

/** Resolves once the reader shows an article's first sentence (a hang guard, not a limit). */
export async function readerShown(page: Page): Promise<void> {
  await page
    .locator('[data-sentence-index="0"]')
    .first()
    .waitFor({ timeout: 5 * 60_000 })
}

/** Resolves once the probe is in every worker the page has started so far; how many there are. */
export async function workersProbed(page: Page): Promise<number> {
  const probed = probedWorkers.get(page) ?? []
  await Promise.all(probed)
  return probed.length
}

export interface ShellOptions {
  /** Skip the build: the shell was built by an earlier call in this run. */
  built?: boolean
  /**
   * A persistent profile in a new, empty folder (removed on close), as a user's browser has,
   * instead of an incognito context: storage and layout behave as they do for the analyst.
   */
  persistentProfile?: boolean
  /** The grade writer's worker cannot start (as under a policy that forbids workers): grades are written on the page. */
  gradeWorkerBlocked?: boolean
}

/** Builds the shell (`npm run build:web`'s config), serves it, and opens it: or says why not. */
export async function openAppShell(options: ShellOptions = {}): Promise<AppShell | string> {
  const executablePath = chromiumExecutable()
  if (!executablePath) return 'no Chromium found (set SOURCEMARK_CHROMIUM)'
  if (!options.built) await build({ configFile: CONFIG, logLevel: 'silent' })
  if (options.persistentProfile) return openPersistent(executablePath)
  const port = freePort()
  const server = await preview({
    configFile: CONFIG,
    logLevel: 'silent',
    preview: { port, strictPort: true }
  })
  let browser: Browser | undefined
  try {
    browser = await chromium.launch({ executablePath, args: chromiumArgs })
    // A new context is a fresh, empty library: the sample is imported on first run, as for a user.
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } })
    if (options.gradeWorkerBlocked)
      await context.addInitScript({ content: 'globalThis.sourcemarkBenchNoGradeWorker = true' })
    await context.addInitScript({ content: await probeScript() })
    const page = await context.newPage()
    await probeWorkers(page)
    await page.goto(`http://127.0.0.1:${port}/`)
    const opened = browser
    return {
      page,
      close: async () => {
        await opened.close()
        await server.close()
      }
    }
  } catch (error) {
    await browser?.close()
    await server.close()
    throw error
  }
}

/** The shell in a fresh persistent profile: `launchPersistentContext` on a new temporary folder. */
async function openPersistent(executablePath: string): Promise<AppShell> {
  const port = freePort()
  const server = await preview({
    configFile: CONFIG,
    logLevel: 'silent',
    preview: { port, strictPort: true }
  })
  const profile = await mkdtemp(join(tmpdir(), 'sourcemark-bench-profile-'))
  let context: BrowserContext | undefined
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      args: chromiumArgs,
      viewport: { width: 1400, height: 900 }
    })
    await context.addInitScript({ content: await probeScript() })
    const page = context.pages()[0] ?? (await context.newPage())
    await probeWorkers(page)
    await page.goto(`http://127.0.0.1:${port}/`)
    const opened = context
    return {
      page,
      close: async () => {
        await opened.close()
        await server.close()
        await rm(profile, { recursive: true, force: true })
      }
    }
  } catch (error) {
    await context?.close()
    await server.close()
    await rm(profile, { recursive: true, force: true })
    throw error
  }
}
