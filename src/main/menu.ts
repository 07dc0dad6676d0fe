// The application menu as data, so what it contains can be tested without Electron.
import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '@shared/ipc/channels'

export interface MenuOptions {
  isMac: boolean
  isPackaged: boolean
  /** Delivers a menu command to the renderer of the focused window. */
  send(command: MenuCommand): void
}

export const APP_NAME = 'Sourcemark'

export function buildMenuTemplate({ isMac, isPackaged, send }: MenuOptions): MenuItemConstructorOptions[] {
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      { label: 'Import…', accelerator: 'CmdOrCtrl+O', click: () => send('import') },
      { label: 'Export brief…', accelerator: 'CmdOrCtrl+E', click: () => send('export-brief') },
      { type: 'separator' },
      { label: 'Back up workspace…', click: () => send('export-backup') },
      { label: 'Restore backup…', click: () => send('restore-backup') },
      { type: 'separator' },
      // On macOS, Quit lives in the application menu and File ends with Close Window.
      isMac ? { role: 'close' } : { role: 'quit' }
    ]
  }
  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' }
    ]
  }
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      { role: 'reload' },
      // Developer tools would let anyone at the keyboard rewrite the analyst's data unaudited.
      ...(isPackaged ? [] : [{ role: 'toggleDevTools' } as const]),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' }
    ]
  }
  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [{ role: 'about', label: `About ${APP_NAME}` }]
  }
  if (!isMac) return [file, edit, view, help]
  const appMenu: MenuItemConstructorOptions = {
    label: APP_NAME,
    submenu: [
      { role: 'about', label: `About ${APP_NAME}` },
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' }
    ]
  }
  return [appMenu, file, edit, view, { role: 'windowMenu' }, help]
}
