// The one Sourcemark window: created hidden, shown once the renderer has painted.
import { BrowserWindow } from 'electron'
import { mainWindowOptions } from './window-options'

export interface MainWindowLocation {
  preloadPath: string
  iconPath?: string
  /** Set only in `electron-vite dev`: load the renderer from the dev server. */
  devServerUrl?: string
  rendererFile: string
}

export function createMainWindow(location: MainWindowLocation): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(location.preloadPath, location.iconPath))
  window.once('ready-to-show', () => window.show())
  const loading = location.devServerUrl
    ? window.loadURL(location.devServerUrl)
    : window.loadFile(location.rendererFile)
  loading.catch((error: unknown) => console.error('Could not load the Sourcemark window:', error))
  return window
}
