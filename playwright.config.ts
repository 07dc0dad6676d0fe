// The browser shell's end-to-end specs, against the built renderer served on localhost.
// The Electron specs have their own config (playwright.electron.config.ts): they need no server.
import { defineConfig } from '@playwright/test'
import { chromiumArgs, chromiumExecutable } from './scripts/chromium.ts'
import { freePort } from './scripts/free-port.ts'

// A port of this run's own, chosen once: the config is read again in every worker, which
// inherits the environment, so all of them agree. Two runs on one machine never share a server.
process.env.SOURCEMARK_E2E_PORT ??= String(freePort())
const WEB_PORT = Number(process.env.SOURCEMARK_E2E_PORT)

export default defineConfig({
  testDir: './e2e',
  // Spec files two at a time, each in a browser of its own (every test in a new context, so with
  // its own IndexedDB); a file's tests run in order. Measured here, the suite took 17 minutes
  // one file at a time with traces, 7 two at a time without them while Vitest ran beside it.
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  // Hang guards, not limits: a loaded machine may be slow, and speed is measured by `npm run bench`.
  timeout: 5 * 60_000,
  expect: { timeout: 60_000 },
  // A trace records every action's snapshot and screenshot: measured here it made a passing
  // spec take 1.6 times as long. Taken when a failed spec is retried (CI), or with --trace on.
  use: { trace: 'on-first-retry' },
  projects: [
    {
      name: 'browser',
      testDir: './e2e/browser',
      use: {
        browserName: 'chromium',
        baseURL: `http://127.0.0.1:${WEB_PORT}/`,
        acceptDownloads: true,
        launchOptions: { executablePath: chromiumExecutable(), args: chromiumArgs }
      }
    }
  ],
  webServer: {
    command: `vite preview --config vite.web.config.ts --port ${WEB_PORT} --strictPort`,
    url: `http://127.0.0.1:${WEB_PORT}/`,
    // Never a server this run did not start: on a busy port vite fails (--strictPort) and says so.
    reuseExistingServer: false,
    timeout: 5 * 60_000
  }
})
