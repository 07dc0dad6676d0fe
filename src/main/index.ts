// Bootstrap only: profile and single-instance lock, the app scheme, security for every session and
// page, IPC, menu, and the main window. The rules themselves live in protocol/, security/, ipc/
// and windows/.
import { app, BrowserWindow, Menu, session } from 'electron'
import { existsSync } from 'node:fs'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { MENU_COMMAND_EVENT, type MenuCommand } from '@shared/ipc/channels'
import { appPaths, devServerUrl, userDataOverride } from './app-paths'
import { holdCloseForBackup } from './backups/close-hook'
import type { QuitBackupGate } from './backups/quit-gate'
import { registerIpcHandlers } from './ipc/register'
import { APP_NAME, buildMenuTemplate } from './menu'
import { APP_PAGE_URL } from './protocol/app-scheme'
import { registerAppSchemePrivileges, serveAppScheme } from './protocol/register'
import { isAppPageUrl } from './security/app-page'
import { buildContentSecurityPolicy } from './security/csp'
import { hardenSession, hardenWebContents } from './security/harden'
import { createMainWindow } from './windows/main-window'

const paths = appPaths(dirname(fileURLToPath(import.meta.url)))
const devServer = devServerUrl(process.env, app.isPackaged)
const isAppPage = (url: string | null | undefined): boolean => isAppPageUrl(url, { devServerUrl: devServer })

// Before the lock: Electron keys the single-instance lock on the profile folder.
const userData = userDataOverride(process.env)
if (userData) app.setPath('userData', userData)

app.enableSandbox()
// Before ready, as Electron requires; the files are served once the default session exists.
registerAppSchemePrivileges()

let mainWindow: BrowserWindow | null = null
let quitGate: QuitBackupGate | null = null
/** A quit held back by the last backup is cancelled by Electron; it is asked for again once closed. */
let quitRequested = false

function openMainWindow(): void {
  mainWindow = createMainWindow({
    preloadPath: paths.preload,
    iconPath: existsSync(paths.icon) ? paths.icon : undefined,
    pageUrl: devServer ?? APP_PAGE_URL
  })
  // The window closes only after the renderer's last automatic backup (or a bounded wait).
  quitGate = holdCloseForBackup(mainWindow)
  mainWindow.on('closed', () => {
    mainWindow = null
    quitGate = null
    if (quitRequested) app.quit()
  })
}

function sendMenuCommand(command: MenuCommand): void {
  const target = BrowserWindow.getFocusedWindow() ?? mainWindow
  target?.webContents.send(MENU_COMMAND_EVENT, command)
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, isAppPage))

  app.whenReady().then(() => {
    const csp = buildContentSecurityPolicy({ devServerUrl: devServer })
    hardenSession(session.defaultSession, isAppPage, csp)
    // The default session only: the print window's session gets no handler and cannot reach app:.
    // While developing, the page comes from the dev server and the scheme serves nothing.
    if (!devServer) serveAppScheme(session.defaultSession, { root: paths.rendererRoot, csp })
    registerIpcHandlers(isAppPage, {
      onBackupSettled: (reason) => {
        if (reason === 'quit') quitGate?.backupFinished()
      }
    })
    app.setAboutPanelOptions({ applicationName: APP_NAME, applicationVersion: app.getVersion() })
    const isMac = process.platform === 'darwin'
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(buildMenuTemplate({ isMac, isPackaged: app.isPackaged, send: sendMenuCommand }))
    )
    openMainWindow()
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openMainWindow()
    })
  })

  app.on('before-quit', () => {
    quitRequested = true
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
}
