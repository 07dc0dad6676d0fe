// The desktop app for an Electron spec: skipped, saying why, where no Electron binary exists;
// otherwise launched on a data folder of its own that is removed after each test.
import { _electron as electron, test, type ElectronApplication } from '@playwright/test'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { WorkbenchPage } from '../pages/workbench-page'
import { electronBinary } from '../../scripts/electron-binary.ts'

export interface DesktopApp {
  /** Starts the app (again) on this test's data folder. */
  launch(): Promise<WorkbenchPage>
  /** Quits the running app, as the analyst would. */
  close(): Promise<void>
  /** The running app, for main-process calls (e.g. stubbing a native dialog). */
  readonly app: ElectronApplication
  /** This test's data folder (`SOURCEMARK_USER_DATA`). */
  readonly userData: string
}

/** Registers the skip and the per-test data folder; call once at the top of a spec. */
export function desktopApp(): DesktopApp {
  const binary = electronBinary()
  const skipReason = `No Electron binary at ${binary.path}: it is downloaded by \`npm start\` (or \`npx install-electron\`) on a machine that can reach Electron's release downloads`
  // The list reporter shows skipped tests without their reason; say it once, plainly.
  if (!binary.exists) console.warn(`Skipping the Electron specs. ${skipReason}`)
  test.skip(!binary.exists, skipReason)

  let userData = ''
  let running: ElectronApplication | undefined

  test.beforeEach(async () => {
    userData = await mkdtemp(join(tmpdir(), 'sourcemark-e2e-'))
  })

  test.afterEach(async () => {
    await running?.close()
    running = undefined
    await rm(userData, { recursive: true, force: true })
  })

  return {
    async launch() {
      running = await electron.launch({
        executablePath: binary.path,
        args: ['.'],
        env: { ...process.env, SOURCEMARK_USER_DATA: userData }
      })
      return new WorkbenchPage(await running.firstWindow())
    },
    async close() {
      await running?.close()
      running = undefined
    },
    get app() {
      if (!running) throw new Error('The desktop app is not running: launch() it first.')
      return running
    },
    get userData() {
      return userData
    }
  }
}
