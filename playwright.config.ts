// The browser shell's end-to-end specs, against the built renderer served on localhost.
// The Electron specs have their own config (playwright.electron.config.ts): they need no server.
import { defineConfig } from '@playwright/test'
import { chromiumArgs, chromiumExecutable } from './scripts/chromium.ts'

const WEB_PORT = 4173

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  timeout: 30_000,
  use: { trace: 'retain-on-failure' },
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
    reuseExistingServer: !process.env.CI,
    timeout: 60_000
  }
})
