import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'
import { playwright } from '@vitest/browser-playwright'
import react from '@vitejs/plugin-react'
import { chromiumArgs, chromiumExecutable } from './scripts/chromium.ts'
import { fixtureCommands } from './test-support/fixtures/commands.ts'
import { shownInTestOutput } from './scripts/test-console.ts'

const alias = {
  '@renderer': resolve(import.meta.dirname, 'src/renderer/src'),
  '@shared': resolve(import.meta.dirname, 'src/shared')
}

// No test has a time limit a busy machine could break: these are hang guards, far above any
// test's own time. Speed is measured by `npm run bench`, never asserted in a test.
const HANG_GUARD_MS = 10 * 60_000
// `expect.poll` gives up after one second unless told otherwise: on a loaded machine a worker or a
// lazy chunk can take longer than that to answer. A minute, as the e2e specs' `expect`: a guard
// against a hang, not a limit on speed.
const POLL_GUARD = { poll: { timeout: 60_000 } }
// `expect.element` waits for what is left of the test's time (the ten-minute hang guard) unless the
// provider has an action timeout, when it waits as `expect.poll` does: a failing assertion on the
// page then fails in a minute, not ten. A user event stuck for a minute fails too.
const ACTION_GUARD_MS = 60_000

export default defineConfig({
  test: {
    testTimeout: HANG_GUARD_MS,
    hookTimeout: HANG_GUARD_MS,
    expect: POLL_GUARD,
    // React's warning at every act() in the browser tests says nothing there (see test-console.ts).
    onConsoleLog: (log) => shownInTestOutput(log),
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          environment: 'node',
          testTimeout: HANG_GUARD_MS,
          expect: POLL_GUARD,
          include: [
            'src/shared/**/*.test.ts',
            'src/main/**/*.test.ts',
            'scripts/**/*.test.ts',
            'bench/**/*.test.ts'
          ]
        }
      },
      {
        resolve: { alias },
        plugins: [react()],
        // Imported only by the file-format worker (Readability too, which reads saved pages there):
        // found by Vite's scan only once a test starts that worker, when bundling them reloads the
        // page under the running tests. Bundled up front, and zod too: the app loads it only after
        // start-up, so no test's static imports name it.
        optimizeDeps: {
          include: [
            '@mozilla/readability',
            'linkedom',
            'mammoth/mammoth.browser',
            'pdfjs-dist/legacy/build/pdf.mjs',
            'pdfjs-dist/legacy/build/pdf.worker.mjs',
            'zod',
            'zod/v4/core'
          ]
        },
        test: {
          name: 'browser',
          testTimeout: HANG_GUARD_MS,
          hookTimeout: HANG_GUARD_MS,
          expect: POLL_GUARD,
          include: ['src/renderer/**/*.test.{ts,tsx}'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: { executablePath: chromiumExecutable(), args: chromiumArgs },
              actionTimeout: ACTION_GUARD_MS
            }),
            instances: [{ browser: 'chromium' }],
            // The import tests' PDF, Word and PNG files are written in Node by pdfkit, docx and
            // zlib when a test asks for them (`test-support/fixtures/browser.ts`).
            commands: fixtureCommands,
            // Two runs on one machine each get a server of their own: Vite moves on to the next
            // port when 63315 is taken (no strictPort), and Chromium is sent to the port actually
            // bound. One address, not "localhost", so the browser cannot reach the other run's
            // server on the other IP family.
            api: { host: '127.0.0.1' }
          }
        }
      }
    ]
  }
})
