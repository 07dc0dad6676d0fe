// The built browser shell for the app benchmarks: built with the app's own web config, served by
// `vite preview` on a free port of this run's own, opened in Chromium with ./app-page.ts running
// before the app. (The first load's size is bench/bundle.ts's.)
import { join } from 'node:path'
import { build as esbuild } from 'esbuild'
import { chromium, type Browser, type Page } from 'playwright'
import { build, preview } from 'vite'
import { chromiumArgs, chromiumExecutable } from '../scripts/chromium'
import { freePort } from '../scripts/free-port'

const ROOT = join(import.meta.dirname, '..')
const CONFIG = join(ROOT, 'vite.web.config.ts')

export interface AppShell {
  page: Page
  close: () => Promise<void>
}

/** The in-page probe, bundled as a classic script so it can run before the app's module. */
async function probeScript(): Promise<string> {
  const result = await esbuild({
    entryPoints: [join(import.meta.dirname, 'app-page.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent'
  })
  return result.outputFiles[0]!.text
}

/** Builds the shell (`npm run build:web`'s config), serves it, and opens it: or says why not. */
export async function openAppShell(): Promise<AppShell | string> {
  const executablePath = chromiumExecutable()
  if (!executablePath) return 'no Chromium found (set SOURCEMARK_CHROMIUM)'
  await build({ configFile: CONFIG, logLevel: 'silent' })
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
    await context.addInitScript({ content: await probeScript() })
    const page = await context.newPage()
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
