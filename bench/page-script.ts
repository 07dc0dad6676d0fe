// Bench code bundled as the page runs it (a classic script, so it runs before any module), and
// run in a page of Chromium, the app's runtime.
import { join } from 'node:path'
import { build } from 'esbuild'
import { chromium } from 'playwright'
import { chromiumArgs, chromiumExecutable } from '../scripts/chromium'

/** `file` of this folder bundled with what it imports, as one classic script. */
export async function pageScript(file: string): Promise<string> {
  const result = await build({
    entryPoints: [join(import.meta.dirname, file)],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent'
  })
  return result.outputFiles[0]!.text
}

/**
 * The value of `expression` in a blank page of Chromium that ran `file` bundled, with the
 * browser's version; or why no Chromium could be started. The expression is a string, not a
 * function: what it carries travels as a literal and nothing is transpiled.
 */
export async function inChromium<T>(
  file: string,
  expression: string
): Promise<{ version: string; value: T } | string> {
  const executablePath = chromiumExecutable()
  if (!executablePath) return 'no Chromium found (set SOURCEMARK_CHROMIUM)'
  const script = await pageScript(file)
  const browser = await chromium.launch({ executablePath, args: chromiumArgs })
  try {
    const page = await browser.newPage()
    await page.addScriptTag({ content: script })
    return { version: browser.version(), value: (await page.evaluate(expression)) as T }
  } finally {
    await browser.close()
  }
}
