// The desktop shell's end-to-end specs: they launch the built app with Electron, where a binary exists.
import { defineConfig } from '@playwright/test'

export default defineConfig({
  testDir: './e2e/electron',
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  // Hang guards, not limits (see playwright.config.ts).
  timeout: 5 * 60_000,
  expect: { timeout: 60_000 },
  use: { trace: 'on-first-retry' }
})
