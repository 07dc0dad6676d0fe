// The one Sourcemark window: created hidden, shown once the renderer has painted.
import { BrowserWindow } from 'electron'
import { mainWindowOptions } from './window-options'

export interface MainWindowLocation {
  preloadPath: string
  iconPath?: string
  /** The app page: app://sourcemark/index.html, or the dev server in `electron-vite dev`. */
  pageUrl: string
}

export function createMainWindow(location: MainWindowLocation): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(location.preloadPath, location.iconPath))
  window.once('ready-to-show', () => window.show())
  window
    .loadURL(location.pageUrl)
    .catch((error: unknown) => console.error('Could not load the Sourcemark window:', error))
  return window
}
