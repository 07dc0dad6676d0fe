// Where the tests find a Chromium: SOURCEMARK_CHROMIUM if set, else Debian's package location,
// else Playwright's own download (never fetched by this project).
import { existsSync } from 'node:fs'

const DEBIAN_CHROMIUM = '/usr/bin/chromium'

export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.SOURCEMARK_CHROMIUM
  if (fromEnv) return fromEnv
  return existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined
}

/** Flags for a headless Chromium on an offline machine, run as root in CI. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run'
]
